package org.newsquotes.security;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Tightens Jackson's read constraints to the article cap: a string token may be a little longer than
 * {@code quotes.limits.max-text-chars} (so that the field validation, not the parser, names the field at
 * fault), names and numbers are short, nesting is shallow. A violation surfaces as a
 * {@link com.fasterxml.jackson.core.exc.StreamConstraintsException}, a malformed-JSON 400.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    /** Slack above the text cap before the parser itself refuses a string. */
    static final int STRING_SLACK = 64 * 1024;

    private final LimitsConfig limits;

    public JsonReadLimits(LimitsConfig limits) {
        this.limits = limits;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(constraints(limits));
    }

    static StreamReadConstraints constraints(LimitsConfig limits) {
        return StreamReadConstraints.builder()
                .maxStringLength(limits.maxTextChars() + STRING_SLACK)
                .maxNestingDepth(limits.maxJsonNesting())
                .maxNumberLength(64)
                .maxNameLength(1024)
                .build();
    }
}
