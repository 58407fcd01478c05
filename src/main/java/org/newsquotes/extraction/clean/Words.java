package org.newsquotes.extraction.clean;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text with their offsets: maximal runs of letters, digits and in-word apostrophes
 * (' and ’). One linear scan; used by the spun-text scorer and normaliser.
 */
final class Words {

    private final String text;
    private int[] starts;
    private int[] ends;
    private int size;

    Words(String text) {
        this.text = text;
        int n = text.length();
        starts = new int[n / 6 + 16];
        ends = new int[starts.length];
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerApostrophe(i))) {
                i++;
            }
            add(start, i);
        }
    }

    private boolean isInnerApostrophe(int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int w) {
        return starts[w];
    }

    int end(int w) {
        return ends[w];
    }

    String word(int w) {
        return text.substring(starts[w], ends[w]);
    }

    /** The spun-lexicon key this word spells (any case), or null; allocation-free. */
    String lexiconKey(int w) {
        return SpunLexicon.keyAt(text, starts[w], ends[w]);
    }

    String lower(int w) {
        return w < 0 || w >= size ? "" : word(w).toLowerCase(Locale.ROOT);
    }

    /** True when words {@code from} .. {@code to - 1} are separated by single spaces only. */
    boolean adjacent(int from, int to) {
        for (int w = from + 1; w < to; w++) {
            if (starts[w] != ends[w - 1] + 1 || text.charAt(ends[w - 1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    String lowerJoin(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int w = from; w < to; w++) {
            b.append(w == from ? "" : " ").append(lower(w));
        }
        return b.toString();
    }

    /** True when word {@code w} opens a sentence: only spaces and quote marks after ". ! ?" or a line break. */
    boolean sentenceInitial(int w) {
        for (int i = starts[w] - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (c != ' ' && "\"“‘'(«„—".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when word {@code w} is written in capitals throughout ("AFT"). */
    boolean allCaps(int w) {
        String s = word(w);
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    boolean capitalised(int w) {
        return w >= 0 && w < size && Character.isUpperCase(text.charAt(starts[w]));
    }
}
