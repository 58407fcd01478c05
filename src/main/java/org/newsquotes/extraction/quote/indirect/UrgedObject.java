package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Cues of urging whose first object is the person urged and whose content is the infinitive after it
 * ("urging the council to reopen the port", "called on the board to resign", "encouraged voters to stay
 * home"): the content starts at that "to" ({@link #infinitiveAfterObject}), found within a few
 * words; without one the object phrase stays the content ("called for a recount"). Measured on PolNeAR
 * train: the person urged was the whole content of about 30 wrong readings. Limits: a word list of
 * urging verbs; the object must be short and free of prepositions ("urging people in the state to vote"
 * keeps "people"). The same for asking verbs before a question ("asked the mayor | whether the port would close",
 * "asked workers | if they planned to vote"). Stateless.
 */
final class UrgedObject {

    /** Verbs of urging, asking and calling on, in their inflected forms. */
    static final WordSet URGING = WordSet.of("ask", "asks", "asking", "urge", "urges", "urging", "encourage",
            "encourages", "encouraged", "encouraging", "persuade", "persuades", "persuading", "push", "pushes",
            "pushed", "pushing", "press", "presses", "pressed", "pressing", "pressure", "pressured", "pressuring",
            "challenge", "challenged", "challenging", "invite", "invited", "inviting", "implored", "begged",
            "advised", "instructed", "ordered", "lobbied", "lobbying", "call", "calls", "called", "calling");

    /** Verbs of asking whose first object is the person asked, before the question. */
    static final WordSet ASKING = WordSet.of("ask", "asks", "asked", "asking");

    /** Words that open an indirect question. */
    static final WordSet QUESTION = WordSet.of("if", "whether", "how", "what", "why", "who", "when", "where", "which");

    /** The longest hearer before the question ("asked the former secretary of state whether"). */
    static final int MAX_HEARER = 6;

    /** The longest object between a verb and its infinitive content ("urged the city council to ..."). */
    static final int MAX_OBJECT = 5;
    private static final WordSet TO = WordSet.of("to");

    /**
     * Start of the question after the person asked ("asked the mayor | whether the port would close"): the
     * question word within {@link #MAX_HEARER} words of {@code from}, which opens the content; {@code from}
     * when the cue is no asking verb or no question follows.
     */
    static int questionAfterHearer(List<Token> t, int cue, int from) {
        if (!ASKING.contains(t.get(cue).norm()) || from >= t.size() || QUESTION.contains(t.get(from).norm())) {
            return from;
        }
        return wordInObject(t, from, MAX_HEARER, QUESTION);
    }

    private UrgedObject() {
    }

    /**
     * After a verb with an object and an infinitive ("asked the network to donate ..."): the index of "to"
     * within a few words of {@code from}, which opens the content; {@code from} when there is none.
     */
    static int infinitiveAfterObject(List<Token> t, int from) {
        if (from < t.size() && HearerObject.OPENERS.contains(t.get(from).norm())) {
            return from;    // already past the hearer: "told reporters | he wants to run"
        }
        return wordInObject(t, from, MAX_OBJECT, TO);
    }

    /**
     * The first of {@code targets} within {@code reach} words after {@code from}, as long as only plain words
     * (no punctuation, no {@code Words.PHRASE_STOP}) stand between: the word past an object phrase ("urging the
     * council | to", "asked the mayor | whether"); {@code from} when there is none.
     */
    static int wordInObject(List<Token> t, int from, int reach, WordSet targets) {
        for (int k = from + 1; k < t.size() && k - from <= reach; k++) {
            if (targets.contains(t.get(k).norm())) {
                return k;
            }
            if (!t.get(k).word() || Words.PHRASE_STOP.contains(t.get(k).norm())) {
                break;
            }
        }
        return from;
    }
}
