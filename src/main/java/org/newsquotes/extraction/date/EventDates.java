package org.newsquotes.extraction.date;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.CalendarWords;
import org.newsquotes.extraction.text.Determiners;

/**
 * Tells a date that names when another event happens ("this week's warnings", "for Thursday's meeting") from
 * one that dates the statement's own occasion ("said at Monday's rally"). Limits: English only; looks at the
 * words right around the date, not at the sentence's structure.
 */
final class EventDates {

    /**
     * Words that tie a dated event to the statement's occasion ("said at Monday's rally"), with the words a text
     * spinner puts for them ("astatine", "successful", "connected", "aft"), which never stand before a
     * possessive date in ordinary text. Not "before"/"since": "said before Tuesday's vote" was not said Tuesday.
     */
    private static final Set<String> OCCASION = Set.of("at", "during", "in", "on", "after",
            "astatine", "successful", "connected", "aft");
    /** Occasions of speaking: "at Monday's rally" dates the statement, "in Tuesday's primary" does not. */
    private static final Set<String> SPEAKING = Set.of("debate", "debates", "rally", "rallies", "speech",
            "speeches", "interview", "interviews", "briefing", "conference", "meeting", "meetings", "hearing",
            "hearings", "call", "address", "remarks", "statement", "session", "forum", "appearance", "event",
            "hall", "arguments", "discussions", "talks", "summit", "show", "shows", "broadcast", "testimony",
            "announcement", "convention", "dinner", "luncheon", "breakfast", "ceremony", "fundraiser", "gathering",
            "stop", "press", "sermon", "lecture", "panel", "roundtable", "response", "reply", "comments", "message",
            "tweet", "letter", "video");
    /** Events a weekday names as a modifier after an adjective ("a long Monday appearance"). */
    private static final Set<String> OTHER_EVENTS = Set.of("primary", "primaries", "election", "vote",
            "caucus", "caucuses", "contest", "contests", "race", "runoff", "game", "deadline", "edition",
            "episode", "column", "editorial", "report", "attack", "attacks", "shooting", "march", "protest");
    private static final Set<String> TIME_OF_DAY = Set.copyOf(CalendarWords.DAY_PARTS);
    private static final Set<String> DETERMINERS = Determiners.plus("this");
    /** Words after a weekday that show it is not a noun modifier ("the Monday after the vote"). */
    private static final Set<String> FUNCTION = Set.of("that", "to", "in", "on", "at", "and", "as", "about",
            "by", "with", "when", "after", "before", "the", "during", "for", "of", "or", "but", "he", "she",
            "they", "it", "was", "were", "is", "would", "will", "from");
    /** How many words after the date its noun may stand: "Tuesday's first presidential debate". */
    private static final int HEAD_REACH = 5;

    private final List<DateToken> tokens;

    EventDates(List<DateToken> tokens) {
        this.tokens = tokens;
    }

    /**
     * "this week's FBI warnings", "for Thursday's meeting", "Tuesday night's primary", "a long Monday
     * appearance": a possessive date, or a weekday modifying a noun, names when another event happens, unless
     * a preposition ties a speaking occasion to the statement ("said at Monday's rally", "during Saturday's
     * debate", "in his Tuesday speech").
     */
    boolean ofAnotherEvent(DateMention m) {
        int after = m.last() + 1;
        if (m.kind() == DateMention.Kind.WEEKDAY && TIME_OF_DAY.contains(lower(after))) {
            after++;
        }
        if (possessive(after)) {
            int before = "last".equals(lower(m.first() - 1)) ? m.first() - 2 : m.first() - 1; // "in last Sunday's"
            return !(OCCASION.contains(lower(before)) && speakingWithin(after + 2));
        }
        return m.kind() == DateMention.Kind.WEEKDAY && modifier(m.first(), after) && !datesOccasion(m.first());
    }

    /** "in his Tuesday speech", "in a Sunday interview": a weekday modifying a speaking occasion of the statement. */
    boolean datesOccasion(int weekday) {
        int after = TIME_OF_DAY.contains(lower(weekday + 1)) ? weekday + 2 : weekday + 1;
        return modifier(weekday, after) && OCCASION.contains(lower(phraseStart(weekday) - 1))
                && speakingWithin(after);
    }

    /** The weekday at {@code weekday} stands between a determiner (and an adjective) and the noun at {@code next}. */
    private boolean modifier(int weekday, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord() || tokens.get(next).capitalised()
                || FUNCTION.contains(lower(next))) {
            return false;
        }
        String prev = lower(weekday - 1);
        boolean owner = prev.equals("s") && apostropheAt(weekday - 2);
        boolean adjective = weekday >= 1 && tokens.get(weekday - 1).isWord() && !tokens.get(weekday - 1).capitalised()
                && DETERMINERS.contains(lower(weekday - 2)) && (SPEAKING.contains(lower(next))
                || OTHER_EVENTS.contains(lower(next)));
        return DETERMINERS.contains(prev) || owner || adjective;
    }

    /** Where the noun phrase around the weekday starts: before its determiner and adjective. */
    private int phraseStart(int weekday) {
        if (DETERMINERS.contains(lower(weekday - 1)) || lower(weekday - 1).equals("s")) {
            return lower(weekday - 1).equals("s") ? weekday - 3 : weekday - 1;
        }
        return DETERMINERS.contains(lower(weekday - 2)) ? weekday - 2 : weekday;
    }

    /** A speaking occasion among the words of the noun phrase starting at {@code from}. */
    private boolean speakingWithin(int from) {
        int words = 0;
        for (int i = from; i < tokens.size() && words < HEAD_REACH; i++) {
            if (SPEAKING.contains(lower(i))) {
                return true;
            }
            if (!tokens.get(i).isWord() && !"-".equals(lower(i))) {
                return false; // "NATO-Russia Council meeting" goes on; a comma or quotation mark ends the phrase
            }
            words += tokens.get(i).isWord() ? 1 : 0;
        }
        return false;
    }

    /** "’s" right after the token before {@code at}. */
    private boolean possessive(int at) {
        return at + 1 < tokens.size() && at >= 1 && "s".equals(lower(at + 1)) && apostropheAt(at);
    }

    private boolean apostropheAt(int i) {
        return i >= 1 && i < tokens.size() && (tokens.get(i).first() == '\'' || tokens.get(i).first() == '’')
                && tokens.get(i).start() == tokens.get(i - 1).end();
    }

    private String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).lower();
    }
}
