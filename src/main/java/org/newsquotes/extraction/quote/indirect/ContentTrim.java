package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Trims a reading's content before it is scored: drops asides after "said" ({@link SaidAside}) and the topic
 * phrase of a direct quote's cue ("said of X, “...”"), cuts it before a partial quote it runs into, drops the
 * dashes it opens with, and drops contents that are only a cue's circumstance (a time word, a verb particle,
 * the hearer of a telling cue). Limits: the cut before a quote is at the last comma or "and"/"but" only; the
 * circumstance check is for one-word contents only. Stateless and thread-safe.
 *
 * <p>A lead of function words only ("she" in "Smith said she “cannot imagine …”", "a" in "warned of a
 * “military-technical” response") is no content of its own: the partial quote after it says what was said, so
 * such a lead is dropped; a lead with any other word stays a reading ("Russia was" before “open to dialogue”) (train: 295 such leads, none of them
 * the only reading of a gold indirect attribution), which {@link MixedQuote} then marks as carried by the quote,
 * so that it hands its cue and speaker to the quote and is listed through the quote to its clause's end.
 */
final class ContentTrim {

    static final int MIN_LEAD = 1;

    /** Words that say nothing on their own: pronouns, articles, possessives, prepositions, auxiliaries. */
    private static final WordSet STUB = WordSet.of("a", "an", "the", "to", "of", "in", "on", "for", "with", "by",
            "at", "from", "as", "and", "or", "but", "that", "this", "these", "those", "his", "her", "its", "their",
            "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "is", "was",
            "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
            "might", "more", "most", "some", "any", "no");

    /**
     * Keeps the unquoted lead of a content that runs into a partial quote ("Greene said no one can predict
     * X and talks will not be “a quick process.”" keeps "no one can predict X"), cut at the last comma or
     * conjunction before the quotation mark; null when fewer than {@link #MIN_LEAD} words are left.
     */
    static Found cutBeforeQuote(List<Token> t, Found f, QuoteMask mask) {
        if (f == null) {
            return null;
        }
        if (leadIn(t, f, mask) || SaidAside.aside(t, f)) {
            return null;
        }
        int k = f.from();
        while (k < f.to() && !mask.inside(t.get(k).start())) {
            k++;
        }
        if (k == f.to()) {
            boolean quoteNext = k < t.size() && mask.inside(t.get(k).start());
            return quoteNext && stub(t, f.from(), f.to()) ? null : f;
        }
        int cut = k;
        while (cut > f.from() && !(t.get(cut).is(',') || t.get(cut).is("and") || t.get(cut).is("but"))) {
            cut--;
        }
        int end = cut > f.from() ? cut : k;
        return end - f.from() >= MIN_LEAD && !stub(t, f.from(), end)
                ? new Found(f.pattern(), f.cue(), f.cueEnd(), f.from(), end, f.source()) : null;
    }

    /** Whether the words of tokens {@code [from, to)} are all function words ("she", "to a"). */
    static boolean stub(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).word() && !STUB.contains(t.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** The longest topic phrase read as the lead-in of a direct quote. */
    static final int MAX_LEAD_IN = 6;

    /**
     * True for the topic of a quote's cue, "said of the plan, “...”", "wrote about the strike: “...”": a short
     * leading content after "of" or "about" that a comma or colon and a quotation mark follow. What was said
     * is the quote (PolNeAR annotates it as a direct quote); the topic alone is no reported speech.
     */
    static boolean leadIn(List<Token> t, Found f, QuoteMask mask) {
        int k = f.to();
        return f.pattern() == Attribution.LEADING && f.from() > f.cue() && f.length() <= MAX_LEAD_IN
                && (t.get(f.from() - 1).is("of") || t.get(f.from() - 1).is("about"))
                && k + 1 < t.size() && (t.get(k).is(',') || t.get(k).is(':')) && mask.inside(t.get(k + 1).start());
    }

    /** Adverb particles of phrasal verbs ("will show up", "spoke out"): no content on their own. */
    static final WordSet PARTICLES = WordSet.of("up", "out", "down", "off", "back", "away",
            "around", "over", "in", "on");

    /** Cues whose first object is the hearer ("told reporters", "telling him"): a one-word object is no content. */
    static final WordSet HEARER_CUES = WordSet.of("told", "tell", "tells", "telling", "informed",
            "reminded");

    /**
     * A content without the dashes or hyphens it opens with ("hard to say - CONTENT"); null when what is left
     * is only a time word ("will address the convention on Thursday"), a verb particle ("showed up") or the
     * hearer of a telling cue ("told reporters"): a cue's circumstance, not its content.
     */
    static Found trim(List<Token> t, Found f) {
        if (f == null) {
            return null;
        }
        int from = f.from();
        while (from < f.to() && (t.get(from).is('-') || t.get(from).is('—') || t.get(from).is('–'))) {
            from++;
        }
        if (from == f.to() || from + 1 == f.to() && (Words.TIME.contains(t.get(from).norm())
                || PARTICLES.contains(t.get(from).norm()) || f.from() > f.cue() && HEARER_CUES.contains(t.get(f.cue()).norm()))) {
            return null;
        }
        from = from == f.cueEnd() ? pastInfinitive(t, from, f.to()) : from;
        return from == f.from() ? f : new Found(f.pattern(), f.cue(), f.cueEnd(), from, f.to(), f.source());
    }

    /**
     * {@code from} past an opening "to" and the word after it ("refused | to endorse | Lee", "sought | to
     * distinguish | himself"): PolNeAR counts the infinitive's verb as part of the cue, and its object as the
     * content (train: 19 readings right only without it, 3 only with it). Only right after the cue ("asked
     * the board | to delay the vote" keeps its "to"), and kept when no object follows the verb ("to work
     * together", "to step down"). Limits: one word after "to" only ("to openly criticize X" keeps "criticize").
     */
    static int pastInfinitive(List<Token> t, int from, int to) {
        if (to - from < 3 || !t.get(from).is("to") || !t.get(from + 1).word() || !t.get(from + 2).word()) {
            return from;
        }
        String next = t.get(from + 2).norm();
        boolean noObject = PARTICLES.contains(next) || NO_OBJECT.contains(next) || Words.isAdverbLike(next);
        return noObject ? from : from + 2;
    }

    /** Words after an infinitive's verb that are no object: "to work together", "to move forward". */
    static final WordSet NO_OBJECT = WordSet.of("together", "forward", "ahead", "again", "aside", "alone");

    private ContentTrim() {
    }
}
