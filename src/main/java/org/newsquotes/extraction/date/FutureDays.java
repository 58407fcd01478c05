package org.newsquotes.extraction.date;

import java.util.List;
import java.util.Set;

/**
 * Tells a weekday that names a day still to come: the verb of its clause is in the future ("the board will vote
 * Tuesday", "the count, to be posted on Saturday", "On Thursday, Voss will testify", "is set to host the
 * vote Tuesday"). Such a weekday is no date of a statement, and read as the latest such day before publication it
 * would date the quote a week early. Limits: English only; the future word must stand within
 * {@value #BACK_REACH} tokens before the weekday in its clause (no punctuation between), or within
 * {@value #FORWARD_REACH} tokens after an opening weekday ("On Thursday, Voss will …"); a future told by the
 * tense of the story alone ("Voss speaks Friday") is not seen.
 */
final class FutureDays {

    static final int BACK_REACH = 10;
    static final int FORWARD_REACH = 5;
    private static final Set<String> FUTURE = Set.of("will", "shall", "won't", "won’t", "scheduled", "slated");
    /** Words that mark the future when "to" follows ("set to host", "going to announce"). */
    private static final Set<String> BEFORE_TO = Set.of("set", "going", "expected", "plans", "planning", "due");

    private final List<DateToken> tokens;

    FutureDays(List<DateToken> tokens) {
        this.tokens = tokens;
    }

    /** Whether {@code m} is a weekday in a clause whose verb is in the future. */
    boolean future(DateMention m) {
        if (m.kind() != DateMention.Kind.WEEKDAY) {
            return false;
        }
        for (int k = m.first() - 1; k >= 0 && m.first() - k <= BACK_REACH && !stop(k); k--) {
            if (futureAt(k)) {
                return true;
            }
        }
        if (m.first() > 1 || m.last() + 1 >= tokens.size() || tokens.get(m.last() + 1).first() != ',') {
            return false; // only "On Thursday, ..." / "Thursday, ..." opening the sentence looks ahead
        }
        for (int k = m.last() + 2; k < tokens.size() && k - m.last() <= FORWARD_REACH && !stop(k); k++) {
            if (futureAt(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean futureAt(int k) {
        String w = tokens.get(k).lower();
        return FUTURE.contains(w) || w.endsWith("'ll") || w.endsWith("’ll")
                || BEFORE_TO.contains(w) && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("to");
    }

    /** A mark that ends a clause or opens/closes a quotation. */
    private boolean stop(int k) {
        DateToken t = tokens.get(k);
        if (t.isWord()) {
            return false;
        }
        char c = t.first();
        return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')' || c == '“'
                || c == '”' || c == '"' || c == '.' && k > 0 && !tokens.get(k - 1).capitalised();
    }
}
