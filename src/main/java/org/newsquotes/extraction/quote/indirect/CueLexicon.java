package org.newsquotes.extraction.quote.indirect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newsquotes.extraction.text.WordSet;

/**
 * Reporting cue words ("said", "told", "according", "argued", "believes", ...) with their reliability,
 * loaded from the resource {@code cues.tsv}, which was mined from the PolNeAR train split: for each word
 * how often it heads an annotated attribution cue among its occurrences outside attribution content.
 * Immutable and thread-safe. Limits: single words only, no sense disambiguation ("called" as in "called
 * for" and "called him a liar" are the same entry).
 */
public final class CueLexicon {

    private static final String RESOURCE = "cues.tsv";
    private static final CueLexicon DEFAULT = load();

    /**
     * One cue word: {@code reliability} in [0, 1] how often the word is a cue at all, {@code precision} how
     * often the detector's readings off it were right on train (smoothed), {@code after} the share of its contents after the cue,
     * {@code phrase} true when those are mostly a short object phrase ("endorsed Clinton") not a clause.
     */
    public record Entry(String word, double reliability, double precision, double after, boolean phrase) {
    }

    private final WordSet words;
    /** The entry of each word, numbered as {@link #words} numbers it. */
    private final Entry[] entries;

    private CueLexicon(Map<String, Entry> entries) {
        this.words = WordSet.of(entries.keySet());
        this.entries = new Entry[words.size()];
        for (int k = 0; k < words.size(); k++) {
            this.entries[k] = entries.get(words.word(k));
        }
    }

    /** The lexicon shipped with the detector. */
    public static CueLexicon defaultLexicon() {
        return DEFAULT;
    }

    /** The entry for a normalised word, or null when it is no cue. */
    public Entry get(String norm) {
        int k = words.indexOf(norm);
        return k < 0 ? null : entries[k];
    }

    private static CueLexicon load() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Entry> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Entry e = parse(line.split("\t"));
                    map.put(e.word(), e);
                }
            }
            return new CueLexicon(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry parse(String[] f) {
        int cues = Integer.parseInt(f[1]);
        int occurrences = Integer.parseInt(f[2]);
        // Laplace-style smoothing: a word seen as a cue 3 times in 3 is not as sure as 300 in 300.
        double reliability = cues / (occurrences + 2.0);
        int readings = Integer.parseInt(f[5]);
        int correct = Integer.parseInt(f[6]);
        double precision = readings == 0 ? reliability / 2 : (correct + 1.0) / (readings + 3.0);
        return new Entry(f[0], reliability, precision, Double.parseDouble(f[3]), Double.parseDouble(f[4]) > 0.5);
    }
}
