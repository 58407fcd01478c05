package org.newsquotes.extraction.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable set of words built for the lookups the extractor makes on every token: open addressing in a
 * power-of-two table at most a quarter full, with each slot's hash code kept in an {@code int[]}, so that a
 * miss (the common case) is usually settled by one array read, without touching a stored string the way
 * {@code Set.of} does. {@link #indexOf} numbers the words (file order) for a parallel value array, and
 * {@link #containsLowerCase} looks up a region of a text as if lower-cased, without making a string.
 * Thread-safe (immutable). {@code contains(null)} throws, as {@code Set.of} does.
 */
public final class WordSet extends AbstractSet<String> {

    private final String[] words;
    private final int[] hashes;
    private final int[] slots;
    private final int mask;

    private WordSet(String[] words) {
        this.words = words;
        int size = Integer.highestOneBit(Math.max(4, words.length * 4 - 1)) << 1;
        this.hashes = new int[size];
        this.slots = new int[size];
        this.mask = size - 1;
        for (int k = 0; k < words.length; k++) {
            int h = words[k].hashCode();
            int i = spread(h) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            slots[i] = k + 1;
        }
    }

    /** The distinct words of {@code words}, numbered in their first order of appearance. */
    public static WordSet of(Collection<String> words) {
        for (String w : words) {
            Objects.requireNonNull(w);
        }
        return new WordSet(new LinkedHashSet<>(words).toArray(new String[0]));
    }

    /** The distinct words given, numbered in order. */
    public static WordSet of(String... words) {
        return of(Arrays.asList(words));
    }

    /** The number of {@code word} (0 .. size - 1, first-appearance order), or -1 when it is not in the set. */
    public int indexOf(String word) {
        int h = word.hashCode();
        for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && words[slots[i] - 1].equals(word)) {
                return slots[i] - 1;
            }
        }
        return -1;
    }

    /** The word numbered {@code index} by {@link #indexOf}. */
    public String word(int index) {
        return words[index];
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s ? indexOf(s) >= 0 : Objects.requireNonNull(o) == null;
    }

    /**
     * Whether {@code text[start, end)} lower-cased with {@code toLowerCase(Locale.ROOT)} is in the set, the
     * same answer as {@code contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT))}.
     */
    public boolean containsLowerCase(CharSequence text, int start, int end) {
        return indexOfLowerCase(text, start, end) >= 0;
    }

    /**
     * {@link #indexOf} of {@code text[start, end)} lower-cased with {@code toLowerCase(Locale.ROOT)}, for a
     * value array beside the set. Lower-cases char by char without allocating; a region holding a character
     * whose lower case depends on its neighbours or takes two chars (capital sigma, dotted capital I,
     * surrogates) takes the string path.
     */
    public int indexOfLowerCase(CharSequence text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 0x80 && special(c)) {
                return indexOf(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
            }
            h = 31 * h + Character.toLowerCase(c);
        }
        for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && sameLowerCase(text, start, end, words[slots[i] - 1])) {
                return slots[i] - 1;
            }
        }
        return -1;
    }

    private static boolean special(char c) {
        return c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c);
    }

    private static boolean sameLowerCase(CharSequence text, int start, int end, String word) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (Character.toLowerCase(text.charAt(k)) != word.charAt(k - start)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();
    }
}
