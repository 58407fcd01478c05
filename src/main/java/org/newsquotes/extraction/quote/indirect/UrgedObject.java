package org.newsquotes.extraction.quote.indirect;

import org.newsquotes.extraction.text.WordSet;

/**
 * Cues of urging whose first object is the person urged and whose content is the infinitive after it
 * ("urging the council to reopen the port", "called on the board to resign", "encouraged voters to stay
 * home"): the content starts at that "to" ({@link ContentBounds#infinitiveAfterObject}), found within a few
 * words; without one the object phrase stays the content ("called for a recount"). Measured on PolNeAR
 * train: the person urged was the whole content of about 30 wrong readings. Limits: a word list of
 * urging verbs; the object must be short and free of prepositions ("urging people in the state to vote"
 * keeps "people"). Stateless.
 */
final class UrgedObject {

    /** Verbs of urging, asking and calling on, in their inflected forms. */
    static final WordSet URGING = WordSet.of("ask", "asks", "asking", "urge", "urges", "urging", "encourage",
            "encourages", "encouraged", "encouraging", "persuade", "persuades", "persuading", "push", "pushes",
            "pushed", "pushing", "press", "presses", "pressed", "pressing", "pressure", "pressured", "pressuring",
            "challenge", "challenged", "challenging", "invite", "invited", "inviting", "implored", "begged",
            "advised", "instructed", "ordered", "lobbied", "lobbying", "call", "calls", "called", "calling");

    private UrgedObject() {
    }
}
