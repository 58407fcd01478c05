package org.newsquotes.extraction.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words that open an English noun phrase, kept once for every reader that asks whether a noun phrase starts
 * at a word: the articles "the", "a", "an" and the possessive determiners "his", "her", "their", "its", "our",
 * "my", "your". Readers that accept more ("this", quantifiers, numbers) add them with {@link #plus}. All words
 * are lower case. Limits: English only; "her" is also an object pronoun, which a caller must tell apart itself.
 */
public final class Determiners {

    /** The articles alone: "the", "a", "an". */
    public static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** The articles and the possessive determiners. */
    public static final Set<String> ARTICLES_AND_POSSESSIVES = Set.of("the", "a", "an", "his", "her", "their",
            "its", "our", "my", "your");

    private Determiners() {
    }

    /** {@link #ARTICLES_AND_POSSESSIVES} and {@code more}, as an unmodifiable set. */
    public static Set<String> plus(String... more) {
        Set<String> all = new HashSet<>(ARTICLES_AND_POSSESSIVES);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
