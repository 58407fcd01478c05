package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * The whole phrase opening a reporting verb's clause as its subject, when the phrase reader finds none there:
 * "About four in 10 said …", "At least a third of members in each county say …", "…, to which 21 percent said …",
 * "Many reporters noted …", "Proponents of the bill, however, say …". The phrase must open with a quantity
 * ("About", "Many", a number) or be a capitalised plural noun before "of", and hold no verb-like word (a
 * reporting word, a form of "be"/"have", an "-ed" word except after "of": "of registered voters") and no comma
 * but a "however"/"too" aside. Stateless; reads at most {@link #REACH} tokens back from the verb. Limits: no
 * parser; a reporting noun after a function word ("acts of protest") is no verb here.
 */
final class OpeningPhrase {

    private static final int REACH = 10;
    private static final Set<String> QUANTITY = Set.of("half", "many", "most", "some", "few", "several");
    private static final Set<String> NUMBER = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "half");
    private static final Set<String> ADVERB = Set.of("about", "nearly", "almost", "just", "roughly", "only",
            "over", "around", "some");
    private static final Set<String> VERBISH = Set.of("is", "was", "were", "are", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did",
            "who", "which", "that", "when", "if", "while", "as", "after", "before", "because", "to");
    private static final Set<String> ASIDE = Set.of("however", "too", "meanwhile");
    private static final Set<String> BOUNDARY = Set.of("and", "but", "or", "while", "that", "which", "whom",
            "when", "if", "as", "because", "though", "although", "whereas");

    private OpeningPhrase() {
    }

    /**
     * Where the clause of the verb at {@code c} starts: after the nearest comma, colon, dash, conjunction or
     * relative word before it, stepping over a ", however," aside; 0 when none.
     */
    private static int clauseStart(List<Token> w, int c) {
        for (int k = c - 1; k >= 0 && c - k <= REACH + 3; k--) {
            Token t = w.get(k);
            if (t.text().equals(",") && k >= 2 && ASIDE.contains(w.get(k - 1).norm())
                    && w.get(k - 2).text().equals(",")) {
                k -= 2;
                continue;
            }
            if (!t.isWord() && !t.text().equals("%") || BOUNDARY.contains(t.norm())) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * A quantity opening the phrase: "Many", "Most", "Two", "75 percent", "About four", "At least", "More
     * than"; an adverb or a number must be followed by what it counts.
     */
    private static boolean quantity(List<Token> w, int s) {
        Token t = w.get(s);
        Token next = w.get(s + 1);
        if (t.is("at")) {
            return next.is("least") || next.is("most");
        }
        if (t.is("more") || t.is("fewer") || t.is("less")) {
            return next.is("than");
        }
        if (ADVERB.contains(t.norm())) {
            return number(next) || QUANTITY.contains(next.norm());
        }
        if (number(t)) {
            return next.is("percent") || next.text().equals("%") || next.is("in") || next.is("of")
                    || next.is("out");
        }
        return QUANTITY.contains(t.norm());
    }

    private static boolean number(Token t) {
        return Character.isDigit(t.text().charAt(0)) || NUMBER.contains(t.norm());
    }

    /** "Proponents of the bill", "Critics of the plan": a capitalised plural noun, then "of". */
    private static boolean pluralOf(List<Token> w, int s) {
        Token t = w.get(s);
        return t.isWord() && t.isCapitalized() && t.norm().endsWith("s") && !Lexicon.isNameToken(w.get(s + 1))
                && w.get(s + 1).is("of");
    }

    /**
     * The phrase opening the clause of the verb at {@code c} in {@code w}, up to that verb, as a mention; null
     * when it does not read as that verb's subject.
     */
    static Mention before(List<Token> w, int c, String text) {
        int s = clauseStart(w, c);
        if (c - s < 2 || c - s > REACH || w.get(c).norm().endsWith("ing") || w.get(c).isCapitalized()
                || Lexicon.isFunctionWord(w.get(c - 1))) {
            return null;
        }
        if (!quantity(w, s) && !pluralOf(w, s)) {
            return null;
        }
        int end = c;
        for (int k = s; k < c; k++) {
            Token t = w.get(k);
            if (t.text().equals(",")) {
                if (k + 2 < c && ASIDE.contains(w.get(k + 1).norm()) && w.get(k + 2).text().equals(",")) {
                    end = Math.min(end, k);
                    k += 2;
                    continue;
                }
                return null;
            }
            if (!t.isWord() && !t.text().equals("%")
                    || VERBISH.contains(t.norm()) || CueLexicon.isCue(t)
                    || !t.isCapitalized() && t.norm().endsWith("ed") && !(k > s && w.get(k - 1).is("of"))) {
                return null;
            }
        }
        Mention m = MentionParser.parse(text, w.subList(s, end), null);
        return m == null || m.pronoun() ? null : m;
    }
}
