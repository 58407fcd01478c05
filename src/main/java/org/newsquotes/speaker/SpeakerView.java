package org.newsquotes.speaker;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored speaker with the aliases and roles seen across articles. */
@Schema(description = "A speaker. People and organisations are one speaker across articles; anonymous and group sources are kept per article.")
public record SpeakerView(
        @Schema(description = "Speaker id.", example = "3")
        long id,
        @Schema(description = "Canonical name.", example = "Jens Stoltenberg")
        String name,
        @Schema(description = "What kind of source.", enumeration = {"person", "organization", "group", "anonymous"}, example = "person")
        String kind,
        @Schema(description = "Names this speaker can be found by: full name, surname, other spellings seen.", example = "[\"Jens Stoltenberg\", \"Stoltenberg\"]")
        List<String> aliases,
        @Schema(description = "Roles given for this speaker in the articles.", example = "[\"NATO Secretary General\"]")
        List<String> roles,
        @Schema(description = "Number of stored quotes attributed to this speaker.", example = "2")
        long quoteCount) {
}
