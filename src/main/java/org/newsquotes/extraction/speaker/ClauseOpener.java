package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a source name as written is a clause that names no one and should not be shown as a speaker: a phrase
 * of two words or more opened by a subject pronoun ("he won the county", "I’m Keen Voters", "we watch the
 * envoys", and "It’s Whigs", "There’s a clerk"; not "Here’s Lee", which presents a speaker), a phrase opened by a
 * lower-case relative word ("that requires members", "who lives near Tarn"), or a phrase holding a negated
 * auxiliary before any relative word ("Farmers weren't the only ones", "Lee doesn’t", "Don’t"): the source
 * finder took a clause for the subject's noun phrase. The sieve keeps the mention but gives no name. "officials
 * who weren't told" (relative word first), "Another aide", "That letter" and a lone quantifier ("Another",
 * "Several": PolNeAR names these as sources) stay. Limits: word shapes only.
 */
final class ClauseOpener {

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "i’m", "i'm",
            "we’re", "we're", "he’s", "he's", "she’s", "she's", "they’re", "they're", "i’ve", "i've", "we’ve",
            "we've", "it’s", "it's", "that’s", "that's", "there’s", "there's");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

    private ClauseOpener() {
    }

    /** Whether {@code name} (words split by spaces) is a clause rather than a source's name. */
    static boolean clause(String name) {
        String[] w = name.trim().split(" ");
        if (w.length == 1) {
            return negated(w[0]);
        }
        String first = w[0].toLowerCase(Locale.ROOT);
        if (SUBJECT_PRONOUNS.contains(first) || RELATIVES.contains(w[0]) && lowerInitial(w[1])) {
            return true;
        }
        for (String word : w) {
            if (RELATIVES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (negated(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerInitial(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    /** "weren't", "doesn’t", "Don’t", "WON’T": an auxiliary with a negative ending. */
    private static boolean negated(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 3 && (lower.endsWith("n't") || lower.endsWith("n’t"));
    }
}
