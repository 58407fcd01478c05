package org.newsquotes.extraction.date;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;

/**
 * How far, in words, a date mention stands from the reporting cue, and whether it is close enough to
 * count (see {@link QuoteDateResolver} for the reach rules). Prefix counts make each query O(1) after one
 * linear pass over the sentence tokens.
 */
final class CueDistance {

    /** A mention opening the sentence ("On Jan. 10, U.S. Ambassador ... said") may stand this far before. */
    static final int OPENING_REACH = 12;

    private static final Set<String> STATEMENT_WORDS = Set.of("in", "on", "at", "during", "a", "an", "the",
            "his", "her", "their", "its", "statement", "interview", "speech", "news", "press", "conference",
            "call", "letter", "tweet", "post", "briefing", "hearing", "written", "televised", "radio", "television",
            "remarks", "email", "early", "late", "mid", "earlier", "back", "since", "reporters", "journalists");

    /** Words that open a sentence's opening phrase of occasion ("In a memo on Tuesday, …"), as written. */
    private static final Set<String> OPENERS = Set.of("In", "At", "During", "On", "Speaking", "Appearing",
            "Writing", "Interviewed", "Asked", "Addressing", "Testifying");
    /** "On a swing before the primary on May 10,": the date is of a later event. */
    private static final Set<String> LATER_EVENT = Set.of("before", "until", "ahead");
    /** How many tokens the opening phrase may run before its date. */
    private static final int OPENING_PHRASE = 16;

    private final List<DateToken> tokens;
    private final int[] wordsBefore;
    private final int cueFirst;
    private final int cueEnd;

    CueDistance(List<DateToken> tokens, Span cue) {
        this.tokens = tokens;
        this.wordsBefore = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            wordsBefore[i + 1] = wordsBefore[i] + (tokens.get(i).isWord() ? 1 : 0);
        }
        this.cueFirst = cue == null ? -1 : firstAtOrAfter(cue.start());
        this.cueEnd = cue == null ? -1 : firstAtOrAfter(cue.end());
    }

    /** The index of the cue's first token, or -1 without a cue or when the cue lies outside the tokens. */
    int cueToken() {
        return cueFirst < tokens.size() ? cueFirst : -1;
    }

    /** The word gap to the cue, or -1 when the mention does not count. Without a cue: its position. */
    int of(DateMention m) {
        if (cueFirst < 0) {
            return m.kind().explicit() && !m.anchored() ? -1 : wordsBefore[m.first()];
        }
        if (m.first() >= cueEnd) {
            int gap = wordsBefore[m.first()] - wordsBefore[cueEnd];
            boolean ok = m.kind().explicit()
                    ? gap == 0 || m.anchored() && gap <= QuoteDateResolver.EXPLICIT_REACH && onlyStatementWords(m)
                    : gap <= QuoteDateResolver.RELATIVE_REACH;
            return ok ? gap : -1;
        }
        if (m.last() < cueFirst) {
            int gap = wordsBefore[cueFirst] - wordsBefore[m.last() + 1];
            boolean opening = (wordsBefore[m.first()] <= 1 || inOpeningPhrase(m)) && gap <= OPENING_REACH;
            boolean ok = m.kind().explicit() ? m.anchored() && opening
                    : gap <= QuoteDateResolver.RELATIVE_REACH || opening;
            return ok ? gap : -1;
        }
        return -1;
    }

    /**
     * "In a memo on Tuesday, Voss …", "Speaking to reporters Monday, Voss …": the date ends an opening phrase,
     * which starts the sentence with a preposition or a participle of speaking and runs to a comma right after
     * the date (a day part such as "night" may stand between) with no comma, nor "before"/"until"/"ahead",
     * before it.
     */
    private boolean inOpeningPhrase(DateMention m) {
        if (tokens.isEmpty() || !OPENERS.contains(tokens.get(0).text()) || m.first() > OPENING_PHRASE) {
            return false;
        }
        for (int i = 1; i < m.first(); i++) {
            char c = tokens.get(i).first();
            if (c == ',' || c == ';' || c == ':' || c == '—' || LATER_EVENT.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        for (int i = m.last() + 1; i < tokens.size() && i <= m.last() + 2; i++) {
            if (tokens.get(i).first() == ',') {
                return true;
            }
        }
        return false;
    }

    /** "said [in a statement] on Jan. 10": between cue and date only words about the act of saying. */
    private boolean onlyStatementWords(DateMention m) {
        for (int i = cueEnd; i < m.first(); i++) {
            DateToken t = tokens.get(i);
            if (t.isWord() && !STATEMENT_WORDS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
