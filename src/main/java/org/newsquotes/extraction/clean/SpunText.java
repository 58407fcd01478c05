package org.newsquotes.extraction.clean;

import java.util.Locale;

/**
 * Reverses the word swaps of machine "spun" text ("helium" for "he", "successful" for "in") using
 * {@link SpunLexicon}, and scores how spun a text looks ({@link #score}).
 *
 * <p>Only meaningful on an article that {@link ArticleCleaner} flagged as spun: on ordinary text
 * {@link #normalizeText} would still turn a real "successful" into "in". Limits: one spun word maps to one
 * original (the spinner's choice is not always reversible: "erstwhile" was "former" or "when"); common
 * words a spinner produces ("each" for "all") are not reversed. Thread-safe, linear time.
 */
public final class SpunText {

    private SpunText() {
    }

    /** The original word a spinner replaced with {@code token}, or {@code token} itself. Case-preserving. */
    public static String normalizeToken(String token) {
        if (token == null || token.isEmpty()) {
            return token;
        }
        if (token.equals("Oregon")) {
            return token;
        }
        String original = SpunLexicon.WORDS.get(token.toLowerCase(Locale.ROOT));
        return original == null ? token : withCaseOf(token, original);
    }

    /** {@code text} with every spun word and phrase put back; same text when nothing matches. */
    public static String normalizeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return read(text).text();
    }

    /** The de-spun reading of {@code text} with a map of its offsets back to {@code text}. */
    public static SpunReading read(String text) {
        Words words = new Words(text);
        StringBuilder out = new StringBuilder(text.length());
        IntList readStarts = new IntList();
        IntList readEnds = new IntList();
        IntList printedStarts = new IntList();
        IntList printedEnds = new IntList();
        int copied = 0;
        for (int w = 0; w < words.size(); w++) {
            int phraseEnd = phraseAt(words, w);
            String original;
            int last = w;
            if (phraseEnd > w) {
                original = withCaseOf(words.word(w), SpunLexicon.PHRASES.get(words.lowerJoin(w, phraseEnd)));
                last = phraseEnd - 1;
            } else if (words.lexiconKey(w) != null) {
                original = normalizeToken(words.word(w));
            } else {
                continue;
            }
            if (original.equals(text.substring(words.start(w), words.end(last)))) {
                continue;
            }
            out.append(text, copied, words.start(w));
            readStarts.add(out.length());
            out.append(original);
            readEnds.add(out.length());
            printedStarts.add(words.start(w));
            printedEnds.add(words.end(last));
            copied = words.end(last);
            w = last;
        }
        out.append(text, copied, text.length());
        return new SpunReading(out.toString(), readStarts.toArray(), readEnds.toArray(), printedStarts.toArray(),
                printedEnds.toArray());
    }

    /**
     * How spun {@code text} looks, in [0, 1]: tell-tale swaps ({@link SpinTells}) per 100 words, divided by
     * two and capped at 1. Ordinary news scores 0; a spun wire story scores 1.
     */
    public static double score(String text) {
        return score(SpinTells.count(new Words(text)));
    }

    /** True when {@code text} is spun: score at least 0.5, three tell-tales of at least two kinds. */
    public static boolean isSpun(String text) {
        return isSpun(SpinTells.count(new Words(text)));
    }

    static SpinTells.Count measure(String text) {
        return SpinTells.count(new Words(text));
    }

    static double score(SpinTells.Count c) {
        return c.words() == 0 ? 0.0 : Math.min(1.0, c.tells() * 100.0 / c.words() / 2.0);
    }

    static boolean isSpun(SpinTells.Count c) {
        return score(c) >= 0.5 && c.tells() >= 3 && c.kinds() >= 2;
    }

    /** A growable int array (no boxing). */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static int phraseAt(Words words, int w) {
        if (words.lexiconKey(w) == null && !SpunLexicon.startsPhrase(words.lower(w))) {
            return w;
        }
        for (int len = 3; len >= 2; len--) {
            if (w + len <= words.size() && words.adjacent(w, w + len)
                    && SpunLexicon.PHRASES.containsKey(words.lowerJoin(w, w + len))) {
                return w + len;
            }
        }
        return w;
    }

    static String withCaseOf(String model, String word) {
        if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))
                && !model.equals(model.toLowerCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
