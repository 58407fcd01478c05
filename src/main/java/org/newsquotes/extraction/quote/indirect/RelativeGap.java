package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A cue whose object is a relative or question word before its subject: "the plan that the mayor
 * proposed", "which the council rejected on Monday", "what the minister told reporters", "something he
 * denied". The content is that word (as annotated on PolNeAR: the relative stands for the content). The
 * subject between it and the cue is not given as the source: on train, handing such mid-sentence subjects to
 * the speaker resolver cost direct quotes their right speaker (they became pronoun antecedents). Read only when nothing after the cue fills its object
 * slot (the sentence or clause ends, or a preposition, adverb or time word follows); "the deal that he said
 * would fail" is left to the leading pattern. Stateless; constant work per cue.
 */
final class RelativeGap {

    /** Words that stand for the cue's object before its subject. */
    static final WordSet RELATIVES = WordSet.of("which", "what", "whom", "something", "everything", "anything",
            "nothing");

    /** Particles that join a cue to an object after it ("called for X", "talked about X"). */
    static final WordSet OBJECT_PARTICLES = WordSet.of("for", "about", "against", "of", "into");

    /** The longest subject between the relative word and the cue. */
    static final int MAX_SUBJECT = 5;

    private RelativeGap() {
    }

    /** The reading of the cue at {@code i}, or null when it has no relative object before its subject. */
    static Found read(List<Token> t, int i) {
        int last = SourceFinder.skipAuxBack(t, i);
        if (last < 1 || !t.get(last).word() || Words.RELATIVES.contains(t.get(last).norm())) {
            return null;
        }
        int rel = last - 1;
        while (rel >= 0 && last - rel <= MAX_SUBJECT && t.get(rel).word() && !RELATIVES.contains(t.get(rel).norm())
                && !Words.NP_BOUNDARY.contains(t.get(rel).norm())) {
            rel--;
        }
        int start = rel + 1;
        if (rel < 0 || !RELATIVES.contains(t.get(rel).norm()) || !subject(t.get(start))) {
            return null;
        }
        if (!objectGap(t, i + 1) || rel > 0 && Words.PREPOSITIONS.contains(t.get(rel - 1).norm())) {
            return null;    // "in which she called for ...": the relative is no object of the cue
        }
        return new Found(Attribution.TRAILING, i, i + 1, rel, rel + 1, null);
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
        return Words.PREPOSITIONS.contains(w) || w.equals("on") || w.equals("as") || Words.TAIL_START.contains(w) && !w.equals("this")
                || Words.isAdverbLike(w) && !Words.FINITE.contains(w) || Words.TIME.contains(w);
    }
}
