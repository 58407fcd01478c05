package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * "“…” That quote from harbour master Tomas Bexley ran on the front page.": a sentence right after a quote that
 * opens with "That"/"This"/"The" and a noun for quoted words, then "from" or "by" and a source, names who said
 * it. Stateless; reads the first words of the sentence only. Limits: only these nouns; "The line from the
 * film …" (a work) is taken as well when the phrase parser accepts it as a source.
 */
final class QuoteNounSource {

    private static final Set<String> DETERMINERS = Set.of("that", "this", "the");
    private static final Set<String> NOUNS = Set.of("quote", "remark", "line", "comment", "quip", "statement",
            "words");

    private QuoteNounSource() {
    }

    /** The source named by "That quote from X" opening {@code w} (the next sentence's words), or null. */
    static Attribution of(List<Token> w, SourcePhrase phrases) {
        if (w.size() < 4 || !DETERMINERS.contains(w.get(0).norm()) || !NOUNS.contains(w.get(1).norm())
                || !(w.get(2).is("from") || w.get(2).is("by"))) {
            return null;
        }
        Mention m = phrases.inverted(w, 2, w.size());
        for (int v = 4; m == null && v < w.size() && v < 14; v++) {
            if (w.get(v).isWord() && !w.get(v).isCapitalized()) {
                m = phrases.subject(w, v, 3); // "… from Tomas Bexley appeared on …": the phrase before the verb
                break;
            }
        }
        return m == null || m.pronoun() || m.name() == null ? null
                : new Attribution(new Span(w.get(1).start(), w.get(2).end()), m, Attribution.Rule.NEXT_SENTENCE);
    }
}
