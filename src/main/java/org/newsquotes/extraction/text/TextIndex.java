package org.newsquotes.extraction.text;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;

/**
 * Precomputed paragraph and sentence boundaries of one text, with O(log n) lookup of the paragraph or
 * sentence holding an offset, so that per-quote work never scans back to the start of the article.
 * A paragraph is a maximal run of non-blank text between line breaks. Immutable.
 */
public final class TextIndex {

    private final String text;
    private final List<Span> paragraphs;
    private final List<Span> sentences;
    private final int[] paragraphStarts;
    private final int[] sentenceStarts;

    public TextIndex(String text) {
        this.text = text;
        this.paragraphs = splitParagraphs(text);
        this.sentences = Sentences.split(text);
        this.paragraphStarts = starts(paragraphs);
        this.sentenceStarts = starts(sentences);
    }

    public String text() {
        return text;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** Index of the paragraph containing (or, between paragraphs, preceding) {@code offset}; -1 before the first. */
    public int paragraphIndex(int offset) {
        return floor(paragraphStarts, offset);
    }

    /** Index of the sentence containing (or preceding) {@code offset}; -1 before the first. */
    public int sentenceIndex(int offset) {
        return floor(sentenceStarts, offset);
    }

    public Span paragraph(int index) {
        return paragraphs.get(index);
    }

    public Span sentence(int index) {
        return sentences.get(index);
    }

    private static List<Span> splitParagraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int i = text.indexOf('\n', start);
            int e = i < 0 ? n : i;
            int s = start;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            start = (i < 0 ? n : i) + 1;
        }
        return List.copyOf(out);
    }

    private static int[] starts(List<Span> spans) {
        int[] out = new int[spans.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = spans.get(i).start();
        }
        return out;
    }

    private static int floor(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
