package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * The hearer after a telling cue without "that" ("told reporters he would run", "telling them the port was
 * closed", "told The Courier, ..."): the content starts at the reported clause after the hearer, at a subject
 * pronoun or question word a few words on. When the hearer is all there is ("told the crowd, “...”", "told
 * Fox News in an interview"), there is no content. Without parts of speech, a clause after the hearer is
 * only recognised by a subject pronoun or question word ("told host Ann Lee a deal is near" keeps the
 * hearer in the content). After an asking cue the content is the indirect question past the one asked
 * ("asked the senator | whether she would run"). Stateless; constant work per cue.
 */
final class HearerObject {

    /** Sentinel start: the cue has no content. */
    static final int NONE = Integer.MAX_VALUE;

    /** Cues whose first object is the hearer. */
    static final WordSet TELLING = WordSet.of("told", "tell", "tells", "telling");

    /** Words that open the reported clause after the hearer. */
    static final WordSet OPENERS = WordSet.of("he", "she", "they", "we", "i", "who", "what", "why", "how", "where",
            "whether", "if");

    /** Objects of "tell" that are what is told, not who hears it ("told the story of ...", "tell the truth"). */
    static final WordSet TOLD_THINGS = WordSet.of("story", "stories", "truth", "tale", "tales", "lie", "lies",
            "joke", "jokes", "difference");

    /** The longest hearer before the reported clause ("told the Daily Courier of Elm City he ..."). */
    static final int MAX_HEARER = 11;

    /** The longest hearer read as the whole object before a preposition ("told the Elm City Courier | in May"). */
    static final int MAX_ALONE = 4;

    private HearerObject() {
    }

    /**
     * Start of the content after the hearer at {@code from}: the reported clause's first word, {@link #NONE}
     * when the hearer is followed by no clause, or {@code from} when the cue is no telling cue or the object
     * is what is told.
     */
    static int start(List<Token> t, int cue, int from) {
        if (ASKING.contains(t.get(cue).norm())) {
            return question(t, from);
        }
        if (!TELLING.contains(t.get(cue).norm()) || from >= t.size() || !t.get(from).word()
                || OPENERS.contains(t.get(from).norm())) {
            return from;
        }
        for (int k = from; k < t.size() && k - from <= MAX_HEARER; k++) {
            Token tok = t.get(k);
            if (TOLD_THINGS.contains(tok.norm())) {
                return from;
            }
            if (k > from && opener(tok)) {
                return k;
            }
            if (!tok.word() && !ClauseEdges.titlePeriod(t, k)) {
                break;
            }
        }
        int end = ContentBounds.phraseEnd(t, from);
        if (end >= ClauseEdges.sentenceEnd(t) || !t.get(end).word()) {
            return NONE;
        }
        String next = t.get(end).norm();
        return end - from <= MAX_ALONE && !next.equals("to") && Words.PHRASE_STOP.contains(next) || ContentBounds.MORE_STOPS.contains(next) || Words.TIME.contains(next)
                ? NONE : from;
    }

    /** Cues whose first object is the one asked: "asked the senator whether ...". */
    static final WordSet ASKING = WordSet.of("asked", "asks", "ask", "asking");

    /** Words that open an indirect question. */
    static final WordSet QUESTION_OPENERS = WordSet.of("whether", "if", "what", "why", "how", "where", "when", "who");

    /**
     * Start of the indirect question after the one asked ("asked the senator | whether she would run"), or
     * {@code from} when no question word follows a short object.
     */
    private static int question(List<Token> t, int from) {
        if (from >= t.size() || !t.get(from).word() || QUESTION_OPENERS.contains(t.get(from).norm())) {
            return from;
        }
        for (int k = from + 1; k < t.size() && k - from <= MAX_HEARER; k++) {
            Token tok = t.get(k);
            if (QUESTION_OPENERS.contains(tok.norm())) {
                return k;
            }
            if (!tok.word() && !ClauseEdges.titlePeriod(t, k) || Words.PHRASE_STOP.contains(tok.norm())) {
                break;
            }
        }
        return from;
    }

    /** A subject pronoun, contracted or not ("he", "she'd", "they're"), or a question word. */
    private static boolean opener(Token tok) {
        String w = tok.norm();
        int apostrophe = w.indexOf('\'');
        return tok.word() && OPENERS.contains(apostrophe > 0 ? w.substring(0, apostrophe) : w);
    }
}
