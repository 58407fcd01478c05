package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Links a passage with no attribution of its own to the passage whose speaker it continues: another piece of
 * the same multi-paragraph quote; an attributed quote later in the same paragraph (when it opens the
 * paragraph) or earlier in it ("“…,” she said. “…”"); or, for a paragraph that opens with a quote, the last
 * attributed quote of the paragraph before. A later paragraph of a multi-paragraph quote with no attribution
 * in reach takes the link of the paragraph before it (so a long unattributed run all goes back to the one
 * source its first paragraph found, in one hop). A transcript's speaker label ("“PENCE: …”") never reaches back
 * to the paragraphs before its own. Linear: one pass forward, one backward.
 */
final class Continuations {

    private Continuations() {
    }

    /** For each mark, the index of the mark it continues, or -1. */
    static int[] link(List<MarkedQuote> marks, Attribution[] attrs, TextIndex index) {
        int n = marks.size();
        int[] para = new int[n];
        for (int i = 0; i < n; i++) {
            para[i] = index.paragraphIndex(marks.get(i).open());
        }
        int[] next = new int[n];
        int nextAttributed = -1;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = nextAttributed;
            if (attrs[i] != null) {
                nextAttributed = i;
            }
        }
        int[] chainEnd = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            boolean linked = marks.get(i).runsOn() && i + 1 < n && marks.get(i + 1).continued();
            chainEnd[i] = linked ? chainEnd[i + 1] : i;
        }
        int[] out = new int[n];
        int lastAttributed = -1;
        for (int i = 0; i < n; i++) {
            out[i] = -1;
            if (attrs[i] != null) {
                lastAttributed = i;
                continue;
            }
            MarkedQuote q = marks.get(i);
            boolean opensParagraph = q.open() == index.paragraph(para[i]).start();
            if (q.runsOn() && next[i] >= 0 && next[i] <= chainEnd[i]
                    && !labelled(marks.get(next[i]), attrs[next[i]])) {
                out[i] = next[i];
            } else if (lastAttributed >= 0 && para[lastAttributed] == para[i]) {
                out[i] = lastAttributed;
            } else if (opensParagraph && next[i] >= 0 && para[next[i]] == para[i]) {
                out[i] = next[i];
            } else if ((opensParagraph || q.continued()) && lastAttributed >= 0
                    && para[lastAttributed] == para[i] - 1) {
                out[i] = lastAttributed;
            } else if (q.continued() && i > 0 && marks.get(i - 1).runsOn()) {
                out[i] = out[i - 1];
            }
        }
        return out;
    }

    /**
     * Whether {@code a} is a speaker label inside the quote's own marks ("“PENCE: …”"): it names the speaker of
     * that turn only, never of the paragraphs before it. A cue-less attribution (a sentence's named subject) is no
     * label.
     */
    private static boolean labelled(MarkedQuote q, Attribution a) {
        return a.cue() != null && q.inner().start() <= a.cue().start() && a.cue().end() <= q.inner().end();
    }
}
