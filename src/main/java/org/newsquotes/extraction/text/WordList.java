package org.newsquotes.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads word-list resources: one entry a line (or several, separated by spaces), lower-cased,
 * with {@code #} starting a comment. Lists are read once at class initialisation by their users.
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of a classpath resource as an immutable set (a {@link WordSet}, fast on misses). */
    public static Set<String> load(String resource) {
        return WordSet.of(lines(resource));
    }

    /** The non-comment lines of a classpath resource, lower-cased and trimmed, in file order. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).trim().toLowerCase(Locale.ROOT);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
