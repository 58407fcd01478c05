package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Whether a cue word below the scanner's precision threshold is still read: only as a verb before "that" and a
 * subject ("replied that she ...", "adds that the port ..."), never after a determiner or preposition ("in
 * states that he won" is a relative clause) nor as "given". Stateless.
 */
final class LowCueThat {

    /**
     * Lowest precision of a cue word still read when a that-clause with a subject follows it ("replied that she
     * ...", "adds that the port ..."): such readings were right about 6 times in 10 on train (0.15, 0.25 and 0 gave
     * the same F1 within 0.0001).
     */
    static final double MIN_THAT_PRECISION = 0.15;

    private LowCueThat() {
    }

    /**
     * True when the cue at {@code i} (lexicon entry {@code entry}) is a verb before "that" and a subject: a word
     * other than a determiner or preposition stands before it and it is not "given".
     */
    static boolean reads(List<Token> t, int i, CueLexicon.Entry entry) {
        return entry.precision() >= MIN_THAT_PRECISION && i + 2 < t.size() && t.get(i + 1).is("that") && !t.get(i).is("given")
                && i > 0 && t.get(i - 1).word() && !Words.NOT_BEFORE_VERB.contains(t.get(i - 1).norm())
                && t.get(i + 2).word() && (t.get(i + 2).capitalized() || ContentStart.SUBJECT_PRONOUNS.contains(t.get(i + 2).norm())
                || Words.DETERMINERS.contains(t.get(i + 2).norm()));
    }
}
