package org.newsquotes.speaker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form of a speaker inside a quote. */
@Schema(description = "Who said a quote (short form; the full speaker is at /api/v1/speakers/{id}).")
public record SpeakerRef(
        @Schema(description = "Speaker id; null in /extract results, which store nothing.", example = "3", nullable = true)
        Long id,
        @Schema(description = "Canonical name: the fullest form the article gives, or the descriptive phrase for anonymous and group sources.", example = "Jens Stoltenberg")
        String name,
        @Schema(description = "What kind of source.", enumeration = {"person", "organization", "group", "anonymous"}, example = "person")
        String kind) {
}
