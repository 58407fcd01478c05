package org.newsquotes.extraction;

/** What kind of source a speaker is. Anonymous sources are never merged with named ones. */
public enum SpeakerKind {
    PERSON, ORGANIZATION, GROUP, ANONYMOUS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
