package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.PhraseBounds.npStart;
import static org.newsquotes.extraction.quote.PhraseBounds.skipParenthesis;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.speaker.NameShape;
import org.newsquotes.extraction.text.Token;

/**
 * Finds the source phrase next to a reporting verb in a token window: the subject before it ("Smith also
 * said", "Smith of the Sierra Club said", "at the convention Sen. Jo Smith said") or, through
 * {@link InvertedSource}, the phrase after an inverted verb ("said Smith", "said a senior official"). A comma
 * before the verb hands over to {@link AppositiveSource} ("Sam A. Greene, director of …, said"). Immutable
 * (holds only the article text); bounded look-around, so linear overall. Limits: no parser; adverbs between the
 * subject and its verb are skipped from fixed lists ({@link SubjectGap}), and a subordinate clause's subject
 * can be read as the main one.
 */
final class SourcePhrase {

    /** Prepositions whose object can be the subject of a participle: "with Smith saying", "of Smith saying". */
    private static final Set<String> PARTICIPLE_SUBJECT = Set.of("with", "without", "of", "by");

    /** Between a name and its affiliation: "Jo Smith of the Sierra Club said". */
    private static final Set<String> AFFILIATION = Set.of("of", "from", "at");

    /**
     * Before a noun phrase, a word that makes it an object ("took to Twitter to say"), not a subject; except
     * "with", "without", "of" or "by" before a participle ("with Smith saying").
     */
    private static final Set<String> PREPOSITION = Set.of("to", "in", "on", "at", "from", "with", "by", "for", "of",
            "into", "about", "against", "over", "under", "toward", "towards");

    private final String text;
    private final InvertedSource inverted;
    private final AppositiveSource appositives;
    private final NameAsides asides;

    SourcePhrase(String text) {
        this.text = text;
        this.inverted = new InvertedSource(text);
        this.appositives = new AppositiveSource(text);
        this.asides = new NameAsides(text);
    }

    /** The subject of the verb at {@code c} in {@code w}, not reaching before {@code lo}; null if none. */
    Mention subject(List<Token> w, int c, int lo) {
        int j = SubjectGap.before(w, c, lo);
        if (j < lo) {
            return null;
        }
        j = skipParenthesis(w, j, lo);
        if (j < lo) {
            return null;
        }
        Token t = w.get(j);
        if (t.text().equals(",")) {
            return appositives.beforeComma(w, j, lo);
        }
        if (j == c - 1 && isPossessive(t)) {
            return null;
        }
        if (Lexicon.isPronoun(t)) {
            return MentionParser.parse(text, w.subList(j, j + 1), null);
        }
        if (t.is("who") && j - 2 >= lo && w.get(j - 1).text().equals(",")) {
            return antecedent(w, j - 2, lo);
        }
        int k = npStart(w, j, lo);
        if (k <= j && k - 2 >= lo && AFFILIATION.contains(w.get(k - 1).norm())
                && Lexicon.isNameToken(w.get(k - 2)) && lowerWordAfter(w, k, j + 1) < 0) {
            k = npStart(w, k - 2, lo);
        }
        if (k <= j && k - 3 >= lo && w.get(k - 1).is("with") && w.get(k - 2).is("familiar")) {
            int head = npStart(w, k - 3, lo);
            if (head <= k - 3) {
                return MentionParser.parse(text, w.subList(head, k - 2), null);
            }
        }
        if (k <= j && k > lo && PREPOSITION.contains(w.get(k - 1).norm()) && CueLexicon.isCue(w.get(c))) {
            k = titledNameAfterLowerWords(w, k, j + 1);
        }
        if (k <= j && k - 1 > lo && w.get(k - 1).text().equals(",") && NameAsides.isAside(w.subList(k, j + 1))) {
            return asides.throughAsides(w, k - 1, j + 1, lo);
        }
        if (k > j || k > lo && PREPOSITION.contains(w.get(k - 1).norm())
                && !(w.get(c).norm().endsWith("ing") && PARTICIPLE_SUBJECT.contains(w.get(k - 1).norm()))) {
            return k <= j ? OpenAppositive.name(text, w, j, lo) : null;
        }
        if (k - 2 >= lo && w.get(k - 1).text().equals(",") && w.get(k).isWord() && !w.get(k).isCapitalized()
                && !Lexicon.isDeterminer(w.get(k)) && Lexicon.isNameToken(w.get(k - 2))
                && !isNamedPerson(w.subList(k, j + 1))) {
            int ns = npStart(w, k - 2, lo);
            if (ns <= k - 2) {
                Mention named = MentionParser.parse(text, w.subList(ns, k - 1),
                        text.substring(w.get(k).start(), w.get(j).end()));
                if (named != null && named.kind() == SpeakerKind.PERSON) {
                    return named;
                }
            }
        }
        return MentionParser.parse(text, w.subList(k, j + 1), null);
    }

    /**
     * "Jo Lee met Sam Ortiz, who called …", "… from Sen. Ann Marr (D-Ohio), who declared …": the subject "who"
     * after a comma stands for the person or organisation ending at {@code j}, even as the object of a verb or
     * preposition (a name after the phrase's last lower-case word is read alone: "met President Sam Ortiz"); null
     * when that phrase names neither or opens with a complement "that".
     */
    private Mention antecedent(List<Token> w, int j, int lo) {
        j = skipParenthesis(w, j, lo);
        if (j < lo || !w.get(j).isWord()) {
            return null;
        }
        int k = npStart(w, j, lo);
        if (k <= j && w.get(k).is("that")) {
            return null; // "… is “pleased” that Ortiz, who invoked …": the subject of a reported clause
        }
        if (k <= j) {
            k = titledNameAfterLowerWords(w, k, j + 1);
        }
        Mention m = k <= j ? MentionParser.parse(text, w.subList(k, j + 1), null) : null;
        return m != null && !m.pronoun()
                && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION) ? m : null;
    }

    /** The phrase after an inverted verb at {@code c} ("said Smith, a lawyer for …"); null if none. */
    Mention inverted(List<Token> w, int c, int hi) {
        return inverted.after(w, c, hi);
    }

    /** The phrase after an inverted verb at {@code c} whatever its kind ("said the Texan"); null if none. */
    Mention invertedPhrase(List<Token> w, int c, int hi) {
        return inverted.phraseAfter(w, c, hi);
    }

    /**
     * Whether a mention is a plausible source: a person, pronoun, organisation, listed group word, names
     * speaking together ("Marlowe and Okafor"), or a lone capitalised title word naming a department ("State
     * has told lawmakers …").
     */
    static boolean isKnown(Mention m, Token head) {
        return m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION || Lexicon.isGroup(head)
                || m.kind() == SpeakerKind.GROUP && Lexicon.isNameToken(head)
                || m.kind() == SpeakerKind.ANONYMOUS && m.text().equals(head.text()) && head.isCapitalized()
                && Lexicon.isTitle(head);
    }

    /** Whether {@code np} reads as a person with a name ("former envoy Jo Lee"), not a bare role. */
    private boolean isNamedPerson(List<Token> np) {
        Mention m = MentionParser.parse(text, np, null);
        return m != null && m.kind() == SpeakerKind.PERSON && NameShape.nameStart(np) < np.size();
    }

    /**
     * The index of the last lower-case word (not a determiner, connector or "anti-Trump") or possessive ("on CBS's") in
     * {@code w[from, to)}, or -1.
     */
    private static int lowerWordAfter(List<Token> w, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            Token t = w.get(i);
            if (t.isWord() && !t.isCapitalized() && !Lexicon.isDeterminer(t) && !Lexicon.isConnector(t)
                    && !hyphenatedName(t) || isPossessive(t)) {
                last = i;
            }
        }
        return last;
    }

    /** "anti-Trump", "pro-Sanders": a lower-case prefix joined to a name, part of a capitalised phrase. */
    private static boolean hyphenatedName(Token t) {
        String w = t.text();
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1));
    }

    /**
     * "at the party convention Sen. Jo Smith (D-Ohio) said", "In an interview Smith declared": in a phrase after
     * a preposition, the capitalised run after its last lower-case word, when it holds a person's name, is the
     * subject (the words before belong to the prepositional phrase); else {@code k} unchanged.
     */
    private static int titledNameAfterLowerWords(List<Token> w, int k, int end) {
        int last = lowerWordAfter(w, k, end);
        if (last < 0 || last + 1 >= end) {
            return k;
        }
        List<Token> run = w.subList(last + 1, end);
        for (Token t : run) {
            if (!(t.isCapitalized() || t.text().equals("."))) {
                return k;
            }
        }
        int ns = NameShape.nameStart(run);
        return ns < run.size() && Lexicon.isNameToken(run.get(run.size() - 1)) ? last + 1 : k;
    }

    /**
     * "Trump’s claim", "the senators’ plan": a possessive right before the cue makes the cue a noun, and the
     * name no subject. {@link Token#isPossessive()} plus the plural "s’" / "s'".
     */
    private static boolean isPossessive(Token t) {
        String w = t.text();
        return t.isPossessive() || w.endsWith("s’") || w.endsWith("s'");
    }
}
