package org.newsquotes.extraction.quote;

/**
 * Whether a one-word name is written somewhere in an article right after another word ("… then Okafor"), for
 * {@link SentenceSources#narrator}. The places that follow a letter and a space are sorted once per article
 * (on first use, by the text that starts there up to the next space) and each name is answered by a binary
 * search, where scanning the article for every sentence's name would be quadratic ("Lee went home." written
 * a thousand times). Sorting is a merge sort of offsets, O(n log n) without a string per word.
 * Like the scan it replaces, a name matches the start of such a word: "Lee" is found in "went to Leeds".
 * A real article asks about a handful of names, so they are first answered by scanning the text, within a
 * budget of a few passes over it; the sort is built only when the budget is spent, which keeps the common case
 * cheap and the worst case O(n log n). One instance per article; not thread-safe (it fills itself lazily).
 */
final class NameEchoes {

    private final String text;
    /** Offsets that follow a letter and a space, sorted by the text from there to the next space. */
    private int[] starts;
    /** Characters the direct scan may still read: a few passes over the article, then the sort pays off. */
    private long scanBudget;
    private static final int SCANS = 4;
    private static final int SMALL_TEXT = 1 << 16;

    NameEchoes(String text) {
        this(text, SCANS * (long) text.length() + SMALL_TEXT);
    }

    /** With {@code scanBudget} characters of direct scanning before the sort (0: sort at once). */
    NameEchoes(String text, long scanBudget) {
        this.text = text;
        this.scanBudget = scanBudget;
    }

    /**
     * Whether {@code name} (holding no space) starts the text at some offset {@code i >= 2} with a space at
     * {@code i - 1} and a letter at {@code i - 2}: the answer of scanning {@code text.indexOf(name, …)}.
     */
    boolean afterWord(String name) {
        if (starts == null && scanBudget > 0) {
            return scan(name);
        }
        if (starts == null) {
            starts = sorted();
        }
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareToName(starts[mid], name) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < starts.length && text.startsWith(name, starts[lo]);
    }

    /**
     * The direct scan, cheap for the few names of a real article; what it reads is taken from
     * {@link #scanBudget}, and once that is spent the sorted offsets answer instead.
     */
    private boolean scan(String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (i >= 2 && follows(i)) {
                scanBudget -= i + name.length();
                return true;
            }
        }
        scanBudget -= text.length();
        return false;
    }

    private int[] sorted() {
        int n = 0;
        for (int i = 2; i <= text.length(); i++) {
            if (follows(i)) {
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 2; i <= text.length(); i++) {
            if (follows(i)) {
                out[k++] = i;
            }
        }
        mergeSort(out, new int[n], 0, n);
        return out;
    }

    private boolean follows(int i) {
        return text.charAt(i - 1) == ' ' && Character.isLetter(text.charAt(i - 2));
    }

    private void mergeSort(int[] a, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid);
        mergeSort(a, buffer, mid, to);
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            a[k] = j >= to || i < mid && compare(buffer[i], buffer[j]) <= 0 ? buffer[i++] : buffer[j++];
        }
    }

    /** The words at {@code a} and {@code b} (each running to the next space) in {@link String#compareTo} order. */
    private int compare(int a, int b) {
        while (true) {
            boolean endA = a >= text.length() || text.charAt(a) == ' ';
            boolean endB = b >= text.length() || text.charAt(b) == ' ';
            if (endA || endB) {
                return endA == endB ? 0 : endA ? -1 : 1;
            }
            if (text.charAt(a) != text.charAt(b)) {
                return text.charAt(a) - text.charAt(b);
            }
            a++;
            b++;
        }
    }

    /** The word at {@code a} against {@code name} (no space in it), in {@link String#compareTo} order. */
    private int compareToName(int a, String name) {
        for (int k = 0; k < name.length(); k++, a++) {
            if (a >= text.length() || text.charAt(a) == ' ') {
                return -1;
            }
            if (text.charAt(a) != name.charAt(k)) {
                return text.charAt(a) - name.charAt(k);
            }
        }
        return a >= text.length() || text.charAt(a) == ' ' ? 0 : 1;
    }
}
