package org.newsquotes.quote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.config.DatabaseKind;
import org.newsquotes.speaker.SpeakerRepository;

/**
 * The {@code q} filter of quote lists: words in the quote text (as printed, or its de-spun reading), as a JPQL
 * condition on the alias {@code q}. One strategy per database, chosen by {@link DatabaseKind}:
 * <ul>
 * <li>PostgreSQL: full-text search, {@code websearch_to_tsquery('english', q)} against the GIN expression index
 * {@code ix_quote_fulltext} (migration db/vendor/postgresql). Language-aware: stemming ("meetings" finds
 * "meeting"), stop words ignored (a query of stop words only finds nothing), web-search syntax ("a phrase",
 * {@code -word}, {@code or}). All other words must occur.</li>
 * <li>Anything else (H2): portable {@code LIKE} on lowercased text, every word must occur as a substring;
 * {@code %}, {@code _} and the escape character itself match literally; an apostrophe matches any apostrophe. A table scan: fine for the embedded
 * database, not for millions of quotes.</li>
 * </ul>
 * Client text is always a bound parameter, never part of the SQL.
 */
@ApplicationScoped
public class QuoteTextSearch {

    /**
     * Must stay token for token the expression of index ix_quote_fulltext, or PostgreSQL cannot use it.
     * Rendered through Hibernate's {@code sql()} function: each {@code ?} is the next argument.
     */
    static final String PG_MATCH = "cast(sql('to_tsvector(''english'', ? || '' '' || coalesce(?, '''')) "
            + "@@ websearch_to_tsquery(''english'', ?)', q.text, q.normalizedText, :%s) as Boolean) = true";

    /** At most this many words of {@code q} are used. */
    static final int MAX_WORDS = 10;

    private final boolean fullText;

    public QuoteTextSearch(DatabaseKind database) {
        this.fullText = database.isPostgresql();
    }

    /** True when the database's own full-text search is used. */
    public boolean isFullText() {
        return fullText;
    }

    /** The condition for {@code q} (trimmed, non-empty), adding its parameters to {@code params}. */
    public String condition(String q, Map<String, Object> params) {
        return fullText ? fullTextCondition(q, params) : likeCondition(q, params);
    }

    private static String fullTextCondition(String q, Map<String, Object> params) {
        // PostgreSQL text cannot hold NUL; websearch_to_tsquery itself never fails on syntax.
        params.put("ftsQuery", q.replace('\u0000', ' ').strip());
        return PG_MATCH.formatted("ftsQuery");
    }

    private static String likeCondition(String q, Map<String, Object> params) {
        List<String> words = words(q);
        if (words.isEmpty()) {
            return "1 = 1";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String p = "w" + i;
            parts.add("(lower(q.text) like :" + p + " escape '!' or lower(q.normalizedText) like :" + p + " escape '!')");
            params.put(p, "%" + apostropheAsAnyChar(SpeakerRepository.escapeLike(words.get(i))) + "%");
        }
        return String.join(" and ", parts);
    }

    /**
     * An apostrophe of the query matches any one character, so that {@code nato's} typed on a keyboard finds the
     * typeset {@code NATO’s} (and the reverse); on PostgreSQL the apostrophe separates words either way. Applied
     * after escaping, so the {@code _} added here is the only unescaped one.
     */
    static String apostropheAsAnyChar(String escapedWord) {
        StringBuilder out = new StringBuilder(escapedWord.length());
        for (int i = 0; i < escapedWord.length(); i++) {
            char c = escapedWord.charAt(i);
            out.append(APOSTROPHES.indexOf(c) >= 0 ? '_' : c);
        }
        return out.toString();
    }

    /** Straight, typographic and modifier-letter apostrophes, and the left quote sometimes typed for one. */
    private static final String APOSTROPHES = "'\u2019\u2018\u02bc";

    static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return words;
    }
}
