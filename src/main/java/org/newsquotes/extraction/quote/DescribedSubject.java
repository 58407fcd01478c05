package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * The described subject of a clause, for a participle whose main clause names nobody: "His chief aide doubled
 * down …, saying …", "One operative inside the tower tried …, saying …", "Hundreds of demonstrators marched
 * …, chanting …". The phrase opening the clause (a determiner, possessive, number or capitalised word first) up
 * to its first past-tense verb (a lower-case "-ed" word after a content word, within a few words: "The retired
 * surgeon has provided" reads past "retired") is read as the subject. Immutable;
 * reads at most {@link #REACH} tokens. Limits: no parser; an irregular past ("began", "went") is no verb here,
 * and a participle modifying the noun ("the bill passed by …") is read as the verb.
 */
final class DescribedSubject {

    private static final int REACH = 8;

    private final String text;
    private final SourcePhrase phrases;

    DescribedSubject(String text, SourcePhrase phrases) {
        this.text = text;
        this.phrases = phrases;
    }

    /** The described subject of the clause opening {@code w} at {@code s}; null when none reads so. */
    Mention at(List<Token> w, int s) {
        if (s >= w.size() || !w.get(s).isWord() || !opensPhrase(w.get(s))) {
            return null;
        }
        for (int v = s + 1; v < w.size() && v - s <= REACH; v++) {
            Token t = w.get(v);
            if (!t.isWord() && !t.text().equals("-") || t.is("to") || t.is("that") || t.is("who")) {
                return null;
            }
            if (!t.isCapitalized() && t.norm().endsWith("ed") && t.norm().length() > 4
                    && !Lexicon.isFunctionWord(w.get(v - 1))) {
                Mention m = phrases.subject(w, v, s);
                if (m == null || m.span().start() != w.get(s).start()) {
                    m = MentionParser.parse(text, w.subList(s, v), null);
                }
                return m == null || m.pronoun() ? null : m;
            }
        }
        return null;
    }

    private static boolean opensPhrase(Token t) {
        return Lexicon.isDeterminer(t) || t.isCapitalized() && !Lexicon.isPronoun(t)
                && !SentenceOpening.isIntroducer(t) && !t.norm().endsWith("ing");
    }
}
