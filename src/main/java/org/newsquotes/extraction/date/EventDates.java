package org.newsquotes.extraction.date;

import java.util.List;
import java.util.Set;

/**
 * Tells a date that names when another event happens ("this week's warnings", "for Thursday's meeting") from
 * one that dates the statement's own occasion ("said at Monday's rally"). Limits: English only; looks at the
 * words right around the date, not at the sentence's structure.
 */
final class EventDates {

    /**
     * Words that attach a possessive date to the statement's occasion ("said at Monday's rally"), with the
     * words a text spinner puts for them ("astatine", "successful", "connected", "aft"), which never stand
     * before a possessive date in ordinary text.
     */
    private static final Set<String> OCCASION = Set.of("at", "during", "in", "on", "after", "before", "since",
            "astatine", "successful", "connected", "aft");

    private final List<DateToken> tokens;

    EventDates(List<DateToken> tokens) {
        this.tokens = tokens;
    }

    /**
     * "this week's FBI warnings", "for Thursday's meeting": a possessive date names when another event happens,
     * unless a preposition ties that event to the statement ("said at Monday's rally", "during Saturday's debate").
     */
    boolean ofAnotherEvent(DateMention m) {
        int apostrophe = m.last() + 1;
        boolean possessive = apostrophe + 1 < tokens.size() && "s".equals(lower(apostrophe + 1))
                && (tokens.get(apostrophe).first() == '\'' || tokens.get(apostrophe).first() == '’')
                && tokens.get(apostrophe).start() == tokens.get(m.last()).end();
        int before = "last".equals(lower(m.first() - 1)) ? m.first() - 2 : m.first() - 1; // "in last Sunday's"
        return possessive && !OCCASION.contains(lower(before));
    }

    private String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).lower();
    }
}
