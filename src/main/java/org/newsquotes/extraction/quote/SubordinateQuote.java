package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A quote inside an opening subordinate clause: "After Lee said “…,” Okafor replied …", "While Lee calls the
 * plan “a sham,” Okafor …". The quote belongs to the subordinate clause, so its speaker is that clause's
 * subject, not the main clause's source written after the quote. Applies only when the sentence opens with a
 * subordinator (after at most one "But"/"And") and no comma stands between it and the quote, so the quote is
 * still inside the clause. Stateless. Limits: a reporting verb is needed in the clause ("After Lee's remark
 * “…”" is left to the other rules).
 */
final class SubordinateQuote {

    private static final Set<String> SUBORDINATORS = Set.of("after", "while", "when", "whereas", "although",
            "though", "before", "since", "because", "once", "until", "as", "if", "whenever");

    private SubordinateQuote() {
    }

    /** The attribution of the subordinate clause holding the quote, from the words {@code before} it; or null. */
    static Attribution of(List<Token> before, ClauseCue cues, String text) {
        if (!insideOpeningClause(before, text)) {
            return null;
        }
        return cues.firstCue(before, Attribution.Rule.IN_SENTENCE);
    }

    /**
     * The window opens with a subordinator (after "But"/"And" at most) and holds no comma or other stop, nor a
     * quote closed by a comma ("While Lee calls it “…,” Okafor …" ends the clause for a later quote).
     */
    static boolean insideOpeningClause(List<Token> before, String text) {
        int s = !before.isEmpty() && (before.get(0).is("but") || before.get(0).is("and")) ? 1 : 0;
        if (s + 2 >= before.size() || !SUBORDINATORS.contains(before.get(s).norm())) {
            return false;
        }
        for (int k = s + 1; k < before.size(); k++) {
            String t = before.get(k).text();
            if (t.equals(",") || t.equals(";") || t.equals(":") || LeadIn.isDash(before.get(k))
                    || SentenceOpening.quotedCommaBetween(text, before.get(k - 1), before.get(k))) {
                return false;
            }
        }
        return true;
    }
}
