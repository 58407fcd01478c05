package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.Determiners;
import org.newsquotes.extraction.text.WordSet;

/**
 * An "and" that joins two subjects of one content clause ("said he and Ms. Lee would meet the mayor", "ruled
 * that Texas and Ohio could not enforce the law"), so the content runs on past it instead of ending at the
 * conjunction. Both sides must be short subjects (a subject pronoun, a name, or a determiner and up to two
 * words) and a finite auxiliary must follow the second. Limits: only auxiliaries and modals count as the verb
 * ("he and Lee agreed" still ends at "and"); lists of three subjects are not recognised. Stateless.
 */
final class CoordinatedSubject {

    /** The longest subject on either side of the "and" ("Sen. Ann Lee": four tokens with the period). */
    static final int MAX_SUBJECT = 4;

    /** Pronouns that can stand as one side of a coordinated subject ("he and I", "she and her husband"). */
    static final WordSet PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "you");

    /** Determiners that can open a short common-noun subject ("the mayor and his aides"). */
    static final WordSet OPENERS = WordSet.of(Determiners.plus("both", "some", "many", "most", "other", "several",
            "two", "three", "these", "those"));

    /**
     * Finite verbs that take an object of their own, so a second clause may follow the "and" ("wants the votes
     * and Lee wants a hero"): they do not show the second name to be a subject of the content.
     */
    static final WordSet LEXICAL_VERBS = WordSet.of("wants", "needs", "plans");

    private CoordinatedSubject() {
    }

    /** True when the "and" at {@code and} joins the subject starting at {@code from} to a second one before a finite verb. */
    static boolean joins(List<Token> t, int from, int and) {
        if (!t.get(and).is("and") || subjectEnd(t, from, and) != and) {
            return false;
        }
        int verb = subjectEnd(t, and + 1, Math.min(t.size(), and + 1 + MAX_SUBJECT + 1));
        return verb > and + 1 && verb < t.size() && Words.FINITE.contains(t.get(verb).norm())
                && !LEXICAL_VERBS.contains(t.get(verb).norm());
    }

    /** The end of a short subject starting at {@code from} and not reaching {@code limit}, or {@code from} when there is none. */
    static int subjectEnd(List<Token> t, int from, int limit) {
        if (from >= limit || !t.get(from).word()) {
            return from;
        }
        String first = t.get(from).norm();
        if (PRONOUNS.contains(first)) {
            return from + 1;
        }
        int k = from;
        if (t.get(from).capitalized()) {
            while (k < limit && k - from < MAX_SUBJECT && (t.get(k).word() && t.get(k).capitalized() || innerPeriod(t, k))) {
                k++;
            }
            return k;
        }
        if (!OPENERS.contains(first)) {
            return from;
        }
        k++;
        while (k < limit && k - from < 3 && t.get(k).word() && !t.get(k).is("and") && !Words.FINITE.contains(t.get(k).norm())
                && !Words.PREPOSITIONS.contains(t.get(k).norm())) {
            k++;
        }
        return k > from + 1 ? k : from;
    }

    /** The period of a title or initial inside a name ("Ms. Lee"), followed by a capitalised word. */
    private static boolean innerPeriod(List<Token> t, int k) {
        return t.get(k).is('.') && k + 1 < t.size() && t.get(k + 1).capitalized();
    }
}
