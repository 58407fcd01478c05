package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Where the object of a leading cue starts and what it is not, for {@link LeadingClause}: a "that" past a long
 * setting or hearer ("noted in a column in the Sunday Courier that ..."), a "that" that belongs to a later
 * participle ("opposed it, recognizing that ..."), the particles "at" and "with" of listed cues ("hints at X",
 * "stand with X"), a figure bound ("at least six") and circumstances after a particle (a medium, a date, a span
 * of time, a manner: "praised the remarks | on Thursday"). Limits: word lists and the words next to them only.
 * Stateless; work bounded per cue.
 */
final class CueObject {

    private CueObject() {
    }

    /** Words that end a span of time: "for years", "for several weeks". */
    static final WordSet DURATION = WordSet.of("years", "decades", "months", "weeks", "days", "hours", "minutes");

    /** Heads of a manner or reason phrase after a particle: "on condition of anonymity", "on free speech grounds". */
    static final WordSet MANNER = WordSet.of("condition", "behalf", "grounds", "basis");

    /** Cues whose object is an audience, which is no content before a date ("will address the council on Thursday"). */
    static final WordSet AUDIENCE = WordSet.of("address", "addresses", "addressed", "addressing");

    /** True when {@code [from, to)} after a particle is a circumstance: a medium, a date, a span of time or a manner. */
    static boolean circumstance(List<Token> t, int cue, int from, int to) {
        if (AUDIENCE.contains(t.get(cue).norm())) {
            return NotContent.circumstance(t, cue, from, to);    // "will address the council | on Thursday": no content
        }
        return NotContent.circumstance(t, cue, from, to) || Words.TIME.contains(t.get(from).norm())
                || to > from && (DURATION.contains(t.get(to - 1).norm()) || Words.TIME.contains(t.get(to - 1).norm())
                || MANNER.contains(t.get(to - 1).norm()));
    }

    /** Cues whose object follows "at": "hints at X", "angry at X", "railed at X". */
    static final WordSet AT_OBJECT = WordSet.of("hints", "hinted", "hinting", "hint", "angry", "aimed", "aiming",
            "aim", "slams", "railed", "rails", "railing", "jabs", "swipes", "lashed", "lashing");

    /** Cues whose object follows "with": "identify with X", "stand with X" ("agree with X" is {@link AgreementObject}'s). */
    static final WordSet WITH_OBJECT = WordSet.of("identify", "identifies", "identifying", "stand", "stands", "stood",
            "satisfied", "concerned", "sympathize", "sympathized");

    /** {@code from} past "at" or "with" when the cue takes its object after it ("hints at X"); {@code from} otherwise. */
    static int ownParticle(List<Token> t, int cue, int from) {
        if (from != cue + 1 || from + 1 >= t.size() || !t.get(from + 1).word()) {
            return from;
        }
        String p = t.get(from).norm();
        String c = t.get(cue).norm();
        return p.equals("at") && AT_OBJECT.contains(c) || p.equals("with") && WITH_OBJECT.contains(c) ? from + 1 : from;
    }

    /**
     * True when {@code [from, to)} holds an object and then a participle after a comma ("opposed it as a
     * candidate, | recognizing that ..."): the "that" at {@code to} is the participle's. A date or adverb alone
     * before the comma ("said Thursday night, suggesting that") is no object.
     */
    static boolean otherVerb(List<Token> t, int from, int to) {
        boolean object = false;
        for (int k = from; k < to; k++) {
            String w = t.get(k).norm();
            if (object && t.get(k - 1).is(',') && t.get(k).word() && !t.get(k).capitalized() && w.endsWith("ing")) {
                return true;
            }
            object |= t.get(k).word() && !Words.TIME.contains(w) && !ContentStart.DATE_OPENERS.contains(w)
                    && !Words.isAdverbLike(w);
        }
        return false;
    }

    /** True for "at least" or "at most" at {@code k}: a bound on a figure ("reported at least six"), no preposition. */
    static boolean figureBound(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).is("at") && (t.get(k + 1).is("least") || t.get(k + 1).is("most"));
    }

    /** True for a currency sign before a figure at {@code k}: "$1 trillion", "£40 million". */
    static boolean amount(List<Token> t, int k) {
        return k + 1 < t.size() && (t.get(k).is('$') || t.get(k).is('£') || t.get(k).is('€')) && t.get(k + 1).word()
                && Character.isDigit(t.get(k + 1).norm().charAt(0));
    }
}
