package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A clause read after "CUE ," ("…, Frank notes, prices rose"): only a verb of saying or of a finding, or a cue
 * word right at least {@link #MIN_PRECISION} of the time, reports the clause after its comma. After the other cue
 * words the comma ends a phrase in which the cue is a noun or a verb with its own object ("After the harbour
 * attacks, the mayor spoke", "the carnival show, which starred Ortiz"). Measured on PolNeAR train: such
 * readings after weaker cues were right about one time in five. Stateless.
 */
final class CommaAfterCue {

    /** Cue precision from which a clause after "CUE ," stays a reading ("many analysts believe, X"). */
    static final double MIN_PRECISION = 0.8;

    /** Verbs of saying beyond {@link Words#INVERTING} that set off a clause in commas. */
    static final WordSet SAYING = WordSet.of("note", "write", "acknowledge", "acknowledges", "admits", "admitted",
            "concedes", "insist", "insists", "contends", "contended", "surmised");

    private CommaAfterCue() {
    }

    /**
     * True when {@code f}, read off the cue word at {@code i} (lexicon entry {@code entry}), starts after "CUE ,"
     * and the cue is too weak to report a clause there.
     */
    static boolean weak(List<Token> t, int i, Found f, CueLexicon.Entry entry) {
        if (f == null || f.from() != i + 2 || !t.get(i + 1).is(',')) {
            return false;
        }
        String cue = t.get(i).norm();
        return entry.precision() < MIN_PRECISION && !Words.INVERTING.contains(cue) && !SAYING.contains(cue)
                && !CueReading.FINDINGS.contains(cue);
    }
}
