package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A source phrase headed by a noun for an action or a change ("The effort on NATO", "the move by Moscow", "a
 * push for talks", "the shift"), which the source finder took for the subject of a reporting verb ("responds
 * to", "signals"): an action speaks for no one, so the phrase names no source. The head is the noun before the
 * first preposition, else the last word, before any comma or relative word ("The governor, who dropped his
 * bid"). Limits: a closed list of such nouns; documents ("the plan", "the ruling") are sources and stay.
 */
final class ActionHead {

    private static final Set<String> ACTIONS = Set.of("effort", "efforts", "move", "moves", "push", "step",
            "steps", "attempt", "attempts", "bid", "shift", "change", "changes", "trend", "drive", "crackdown",
            "surge", "rise", "decline", "increase", "focus", "emphasis", "turn", "turnaround", "reversal");
    private static final Set<String> PREPOSITIONS = Set.of("of", "on", "for", "by", "to", "in", "at", "with",
            "against", "toward", "towards", "over", "from", "into");

    private ActionHead() {
    }

    /** Whether the head noun of {@code np} is a listed action noun. */
    static boolean actionHead(List<Token> np) {
        int end = 1;
        while (end < np.size() && np.get(end).isWord() && !np.get(end).is("who") && !np.get(end).is("which")) {
            end++;
        }
        int head = end - 1;
        for (int i = 1; i < end; i++) {
            if (PREPOSITIONS.contains(np.get(i).norm()) && !np.get(i).isCapitalized()) {
                head = i - 1;
                break;
            }
        }
        Token t = np.get(head);
        return t.isWord() && !t.isCapitalized() && ACTIONS.contains(t.norm());
    }
}
