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
     * other than a determiner or preposition stands before it and it is not "given". The "that" follows the cue
     * at once or closes an aside or time ("testified, for example, that she ...", "made clear Tuesday that he
     * ..."); one after other words is most often a relative pronoun ("campaigned in the state that she won").
     */
    static boolean reads(List<Token> t, int i, CueLexicon.Entry entry) {
        int k = entry.precision() >= MIN_THAT_PRECISION && !t.get(i).is("given") ? ThatOpener.after(t, i) : -1;
        return (k == i + 2 || k > i + 2 && farThat(t.get(k - 2))) && k < t.size() && t.get(k - 1).is("that")
                && i > 0 && t.get(i - 1).word() && !Words.NOT_BEFORE_VERB.contains(t.get(i - 1).norm())
                && ThatOpener.subjectOpener(t.get(k));
    }

    /** The word before a "that" far from its cue: an aside's mark or a time word ("testified, for example, that"). */
    private static boolean farThat(Token before) {
        return before.isClauseMark() || Words.TIME.contains(before.norm());
    }
}
