package org.newsquotes.config;

/** The sidecar {@code NAME.json} of a seed article {@code NAME.txt}: its metadata. Every member optional. */
public record SeedMetadata(String title, String url, String source, String publishedAt, String language) {

    public static SeedMetadata none() {
        return new SeedMetadata(null, null, null, null, null);
    }
}
