package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A speech verb followed by a pronoun-subject clause when no source was found before the verb: "Sen. Lee
 * (a Democrat elected in 2012) says he was unfocused", "about a third of voters or less say they will stay
 * home". A subject pronoun right after the verb makes the clause reading safe even without a source; the
 * source is left unread. Limits: only the verbs in {@link #CUES} and the subject pronouns in
 * {@link ContentStart#SUBJECT_PRONOUNS}; the content ends at {@link ContentBounds#clauseStop}. Stateless.
 */
final class PronounClause {

    /** Verbs that take a reported clause without "that". */
    static final WordSet CUES = WordSet.of("say", "says", "said", "think", "thinks", "thought", "believe",
            "believes", "believed", "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims",
            "claimed", "predict", "predicts", "predicted", "suggest", "suggests", "suggested", "warn", "warns",
            "warned", "added", "adds", "noted", "notes", "acknowledged", "acknowledges", "admitted", "admits");

    private PronounClause() {
    }

    /** The reading of the cue at {@code i}, or null when no pronoun-subject clause follows it. */
    static Found read(List<Token> t, int i) {
        if (!CUES.contains(t.get(i).norm()) || i == 0 || i + 2 >= t.size()
                || !ContentStart.SUBJECT_PRONOUNS.contains(t.get(i + 1).norm())) {
            return null;
        }
        Token prev = t.get(i - 1);
        if (prev.is("to") || prev.is("the") || prev.is("a") || prev.is("it")) {
            return null;
        }
        int to = ContentBounds.clauseStop(t, i + 1);
        return to - (i + 1) >= 3 ? new Found(Attribution.LEADING, i, i + 1, i + 1, to, SourceFinder.before(t, i)) : null;
    }
}
