package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Words after a speech cue that are not what was said: a participle phrase after "said," ("he said, adding:",
 * "she said, clutching the lectern": how it was said or a second cue, whose own reading carries its content)
 * and the idiom "That said, ..." (= nevertheless). Measured on PolNeAR train: 1 of 10 such readings right.
 * Limits: only speech cues that can stand before their source ({@code Words.INVERTING}); an "-ing" noun
 * after the comma ("said, morning briefings aside, ...") is skipped too. Stateless.
 */
final class SaidAside {

    private SaidAside() {
    }

    /** True when the leading reading {@code f} reads one of these asides as content. */
    static boolean aside(List<Token> t, Found f) {
        if (f.pattern() != Attribution.LEADING || !Words.INVERTING.contains(t.get(f.cue()).norm())) {
            return false;
        }
        int cue = f.cue();
        if (f.from() == f.cueEnd() + 1 && t.get(f.cueEnd()).is(',') && t.get(f.from()).norm().endsWith("ing")) {
            return true;    // "he said, adding:"
        }
        return cue > 0 && t.get(cue - 1).is("that") && t.get(cue).is("said") && cue + 1 < t.size()
                && t.get(cue + 1).is(',') && (cue == 1 || !t.get(cue - 2).word());    // "That said, ..."
    }
}
