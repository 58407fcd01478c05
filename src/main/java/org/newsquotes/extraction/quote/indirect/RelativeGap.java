package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A cue whose object is a relative or question word before its subject: "the plan that the mayor
 * proposed", "which the council rejected on Monday", "what the minister told reporters", "something he
 * denied". The content is that word (as annotated on PolNeAR: the relative stands for the content). The
 * subject between it and the cue is not given as the source: on train, handing such mid-sentence subjects to
 * the speaker resolver cost direct quotes their right speaker (they became pronoun antecedents). Read only when nothing after the cue fills its object
 * slot (the sentence or clause ends, or a conjunction, preposition, adverb or time word follows); "the deal that he said
 * would fail" is left to the leading pattern. "that" counts as a relative only after a word that is no cue, verb or
 * determiner ("a charge that she denied", not "said that she agreed"); a determiner inside the would-be subject
 * makes the cue a noun ("that he has a personal view on"). Stateless; constant work per cue.
 */
final class RelativeGap {

    /** Words that stand for the cue's object before its subject. */
    static final WordSet RELATIVES = WordSet.of("which", "what", "whom", "something", "everything", "anything",
            "nothing");

    /** Particles that join a cue to an object after it ("called for X", "talked about X"). */
    static final WordSet OBJECT_PARTICLES = WordSet.of("for", "about", "against", "of", "into");

    /** Determiners that open an object inside the would-be subject, making the cue a noun. */
    static final WordSet OBJECT_DETERMINERS = WordSet.of("a", "an", "the", "this", "these", "those", "his", "her",
            "their", "its", "our", "my", "your");

    /** The longest subject between the relative word and the cue. */
    static final int MAX_SUBJECT = 5;

    private RelativeGap() {
    }

    /** The reading of the cue at {@code i}, or null when it has no relative object before its subject. */
    static Found read(List<Token> t, int i) {
        int last = SubjectEnd.skipAuxBack(t, i);
        if (last < 1 || !t.get(last).word() || Words.RELATIVES.contains(t.get(last).norm())) {
            return null;
        }
        int rel = last - 1;
        while (rel >= 0 && last - rel <= MAX_SUBJECT && (t.get(rel).word() || ClauseEdges.titlePeriod(t, rel))
                && !RELATIVES.contains(t.get(rel).norm()) && !Words.NP_BOUNDARY.contains(t.get(rel).norm())) {
            rel--;
        }
        int start = rel + 1;
        if (rel < 0 || !(RELATIVES.contains(t.get(rel).norm()) || relativeThat(t, rel)) || !subject(t.get(start))) {
            return null;
        }
        for (int k = start + 1; k <= last; k++) {
            if (OBJECT_DETERMINERS.contains(t.get(k).norm())) {
                return null;    // "that he has a personal view on", "that Lee made good on those promises": a noun cue
            }
        }
        if (!objectGap(t, i + 1) || rel > 0 && Words.PREPOSITIONS.contains(t.get(rel - 1).norm())) {
            return null;    // "in which she called for ...": the relative is no object of the cue
        }
        return new Found(Attribution.TRAILING, i, i + 1, rel, rel + 1, null);
    }

    /**
     * True when the "that" at {@code k} follows a noun it modifies ("a charge that she denied"), not a verb it
     * complements ("said that she agreed"): the word before it is no cue word and no "-ed" verb.
     */
    private static boolean relativeThat(List<Token> t, int k) {
        if (k < 1 || !t.get(k).is("that") || !t.get(k - 1).word()) {
            return false;
        }
        String prev = t.get(k - 1).norm();
        return CueLexicon.defaultLexicon().get(prev) == null && !prev.endsWith("ed") && !Words.FINITE.contains(prev)
                && !Words.AUX.contains(prev) && !Words.NOT_BEFORE_VERB.contains(prev);
    }

    /** True when {@code tok} can open a subject: a pronoun, determiner or capitalised word. */
    private static boolean subject(Token tok) {
        return tok.word() && (Words.PRONOUNS.contains(tok.norm()) && !tok.is("who") || Words.DETERMINERS.contains(tok.norm())
                || tok.capitalized());
    }

    /** True when nothing at {@code k} fills the cue's object slot: the end, a mark, a preposition or adverb. */
    private static boolean objectGap(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).word()) {
            return true;
        }
        String w = t.get(k).norm();
        if (OBJECT_PARTICLES.contains(w)) {
            return false;    // "called for", "talked about": the cue's object follows the particle
        }
        return Words.PREPOSITIONS.contains(w) || Words.COORDINATORS.contains(w) || w.equals("on") || w.equals("as") || Words.TAIL_START.contains(w) && !w.equals("this")
                || Words.isAdverbLike(w) && !Words.FINITE.contains(w) || Words.TIME.contains(w);
    }
}
