package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.Token;

/**
 * Extends a reporting verb to the fixed phrase it heads: "told reporters", "said in a statement",
 * "wrote on Twitter", "said in an interview". Looks at most four tokens ahead.
 */
final class CueSpan {

    private CueSpan() {
    }

    static Span extend(List<Token> w, int c) {
        Token cue = w.get(c);
        int end = cue.end();
        if (c + 1 < w.size() && (w.get(c + 1).is("reporters") || w.get(c + 1).is("journalists"))) {
            end = w.get(c + 1).end();
        } else if (c + 3 < w.size() && w.get(c + 1).is("in") && (w.get(c + 2).is("a") || w.get(c + 2).is("an"))
                && (w.get(c + 3).is("statement") || w.get(c + 3).is("interview"))) {
            end = w.get(c + 3).end();
        } else if (c + 2 < w.size() && w.get(c + 1).is("on") && w.get(c + 2).is("twitter")) {
            end = w.get(c + 2).end();
        }
        return new Span(cue.start(), end);
    }
}
