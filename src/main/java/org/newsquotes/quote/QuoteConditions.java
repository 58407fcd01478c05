package org.newsquotes.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.speaker.NameNormalizer;
import org.newsquotes.speaker.SpeakerNameLookup;

/**
 * The filter of a quote list as a JPQL condition over {@code q} (quote) and {@code a} (article), with its bound
 * parameters: the part of {@link QuoteRepository} that turns a {@link QuoteFilter} into SQL. Every filter value
 * is a bound parameter, so no client text ever becomes SQL.
 */
@ApplicationScoped
class QuoteConditions {

    /** The condition of a filter nothing can match. */
    static final String NOTHING = "1 = 0";

    @Inject
    QuoteTextSearch textSearch;

    @Inject
    SpeakerNameLookup speakerNames;

    /** The filter as one condition ("1 = 1" and ...), adding its parameters to {@code params}. */
    String where(QuoteFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (f.speaker() != null) {
            clauses.add(speakerCondition(NameNormalizer.normalize(f.speaker()), params));
        }
        if (f.speakerId() != null) {
            clauses.add("q.speaker.id = :speakerId");
            params.put("speakerId", f.speakerId());
        }
        if (f.q() != null) {
            clauses.add(textSearch.condition(f.q(), params));
        }
        if (f.type() != null) {
            clauses.add("q.type = :type");
            params.put("type", f.type());
        }
        if (f.from() != null) {
            clauses.add("q.date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            clauses.add("q.date <= :to");
            params.put("to", f.to());
        }
        if (f.source() != null) {
            clauses.add("lower(a.source) = :source");
            params.put("source", f.source().toLowerCase(Locale.ROOT));
        }
        if (f.articleId() != null) {
            clauses.add("a.id = :articleId");
            params.put("articleId", f.articleId());
        }
        if (f.minConfidence() != null) {
            // A residual test on what the other conditions' index scan reads, no index of its own: the speaker index
            // carries the confidence (V2_9), the newest-first walk of all quotes stops at a page of passing ones.
            clauses.add("q.confidence >= :minConfidence");
            params.put("minConfidence", f.minConfidence());
        }
        return String.join(" and ", clauses);
    }

    /**
     * The speakers the name refers to are looked up first ({@link SpeakerNameLookup}, shared with /speakers; index
     * on speaker_alias.alias), so that the usual case of one speaker is an equality the index (speaker_id, quote_date desc, id desc) answers in sort order with
     * the page limit, instead of joining every quote of a much-quoted speaker before sorting (ops, load test).
     */
    private String speakerCondition(String alias, Map<String, Object> params) {
        List<Long> ids = speakerNames.idsNamed(alias);
        if (ids.isEmpty()) {
            return NOTHING;
        }
        if (ids.size() == 1) {
            params.put("speakerOne", ids.get(0));
            return "q.speaker.id = :speakerOne";
        }
        params.put("speakerIds", ids);
        return "q.speaker.id in :speakerIds";
    }
}
