package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * Reads "according to X" anywhere in a run of words: the first "according to" followed by a phrase that
 * {@link SourcePhrase#inverted} accepts as a source ("according to Jo Lee, a spokeswoman"); the cue is the two
 * words. Stateless; linear in the window. Limits: "according to a report by …" names no person and is refused
 * only when the phrase reader refuses it.
 */
final class AccordingTo {

    private AccordingTo() {
    }

    /** The "according to X" attribution in {@code w}, or null. */
    static Attribution in(List<Token> w, SourcePhrase phrases) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.get(i).is("according") && w.get(i + 1).is("to")) {
                Mention m = phrases.inverted(w, i + 1, w.size());
                if (m != null) {
                    return new Attribution(new Span(w.get(i).start(), w.get(i + 1).end()), m,
                            Attribution.Rule.ACCORDING_TO);
                }
            }
        }
        return null;
    }
}
