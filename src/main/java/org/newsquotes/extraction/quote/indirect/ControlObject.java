package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Cues of wanting, expecting and allowing whose object is the subject of an infinitive after it ("expects the
 * two boards to meet in May", "allows any town to join the league"): what is expected or allowed is the whole
 * "object to VERB ..." clause, not the object alone. Limits: a word list; the object must be short and the word
 * after "to" lower case (not "to Boston"). Stateless.
 */
final class ControlObject {

    /** Verbs whose object is the subject of the infinitive that follows it. */
    static final WordSet CONTROL = WordSet.of("expect", "expects", "expected", "expecting", "want", "wants", "wanted",
            "wanting", "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "require", "requires",
            "required", "requiring");

    /** The longest object before the infinitive, in tokens. */
    static final int MAX_OBJECT = 5;

    private ControlObject() {
    }

    /**
     * End of the object phrase {@code [from, to)} of the cue at {@code cue}: {@code stop} (the end of the clause)
     * when the phrase is a short object followed by "to" and a lower-case word; else {@code to}.
     */
    static int end(List<Token> t, int cue, int from, int to, int stop) {
        if (!CONTROL.contains(t.get(cue).norm()) || to <= from || to - from > MAX_OBJECT || to + 1 >= stop
                || !t.get(to).is("to")) {
            return to;
        }
        Token verb = t.get(to + 1);
        return verb.word() && !verb.capitalized() && !Character.isDigit(verb.norm().charAt(0))
                && !Words.DETERMINERS.contains(verb.norm()) ? stop : to;
    }
}
