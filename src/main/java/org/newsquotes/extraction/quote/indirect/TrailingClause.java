package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;

/**
 * Reads the trailing shapes "CONTENT, X said (in a statement)." and "CONTENT, said X.": a short source between
 * a comma or dash and the cue, or an inverted source after the cue (checked by {@link InvertedClause}); the
 * content is the last main clause before the comma. Not read when the cue is used as a noun ({@link NounUse}),
 * when the words after the cue are a clause rather than a short tail ("X said there was no plan"), when the
 * "content" is one adverbial phrase ("In an interview, X said, ..."), when the source holds a verb of its own
 * (", Cruz faced criticism for ...") or when quoted words follow the cue (it
 * introduces a direct quote). Limits: the source is at most {@value #MAX_SOURCE} words, the tail at most
 * {@value #MAX_TAIL}. Linear in the sentence length. Stateless and thread-safe.
 */
final class TrailingClause {

    static final int MAX_SOURCE = 8;
    static final int MAX_TAIL = 12;

    /** "CONTENT, X said ..." / "CONTENT, said X." with the cue at {@code i}. */
    static Found read(List<Token> t, int i, QuoteMask mask) {
        if (NounUse.at(t, i)) {
            return null;
        }
        int last = SubjectEnd.skipAuxBack(t, i);
        int comma = last;
        while (comma >= 0 && (t.get(comma).word() || ClauseEdges.titlePeriod(t, comma))
                && !Words.NP_BOUNDARY.contains(t.get(comma).norm()) && last - comma < MAX_SOURCE) {
            comma--;
        }
        if (comma < 1 || !(t.get(comma).is(',') || t.get(comma).is('—') || t.get(comma).is('–') || ContentBounds.spacedHyphen(t, comma))) {
            return null;
        }
        Span source;
        int tailFrom;
        if (comma == last) {
            int srcEnd = ClauseEdges.clauseEnd(t, i + 1);
            if (!Words.INVERTING.contains(t.get(i).norm()) || !InvertedClause.accepts(t, i + 1, srcEnd)
                    || last == i - 1 && InvertedClause.clauseInside(t, i + 1, srcEnd)) {
                // clauseInside only right after the comma: with "also said" in between it also fixed one train
                // reading but swapped a direct quote's speaker to an appositive's name in another
                return null;
            }
            source = SourceFinder.span(t, i + 1, srcEnd - 1);
            tailFrom = srcEnd;
        } else {
            source = SourceFinder.span(t, comma + 1, last);
            tailFrom = i + 1;
            if (verbInSource(t, comma + 1, last)) {
                return null;    // ", Cruz faced criticism for ...": the cue is the object of another verb
            }
            if (!shortTail(t, i, tailFrom)) {
                return null;
            }
        }
        int end = comma;
        while (end > 0 && t.get(end - 1).is('-') && t.get(end - 1).end() == t.get(end).start()) {
            end--;    // both hyphens of a "--" stay out of the content
        }
        if (comma != last && pastVerb(t.get(end + 1))) {    // not after "--": train has a junk leading reading there
            return null;    // "Lee, a director, praised Clinton's remarks": a verb, whose subject is before the comma
        }
        int from = TailPhrase.start(t, ClauseEdges.lastClauseStart(t, t.get(0).is('—') ? 1 : 0, end), end);
        if (adverbialOnly(t, from, end) || quoteFollows(t, tailFrom, mask)) {
            return null;
        }
        from = ContentStart.afterOpeningAdverbial(t, from, end);
        return end - from >= 3 ? new Found(Attribution.TRAILING, i, i + 1, from, end, source) : null;
    }

    /** True when {@code [from, to)} is one adverbial phrase ("In an interview with the paper"), no clause. */
    private static boolean adverbialOnly(List<Token> t, int from, int to) {
        if (from >= to || !Words.ADVERBIAL_OPENERS.contains(t.get(from).norm())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.get(k).isClauseMark()) {
                return false;
            }
        }
        return true;
    }

    /** True when quoted words follow the cue's tail ("..., Walker said, “I have ...”"): a direct quote's cue. */
    private static boolean quoteFollows(List<Token> t, int from, QuoteMask mask) {
        int k = from;
        while (k < t.size() && (t.get(k).is(',') || t.get(k).is(':'))) {
            k++;
        }
        return k < t.size() && k > from && mask.inside(t.get(k).start());
    }

    /** True when the words {@code [from, last]} before the cue hold a verb of their own ("was subject to", "faced"). */
    private static boolean verbInSource(List<Token> t, int from, int last) {
        for (int k = from; k <= last; k++) {
            Token w = t.get(k);
            if (w.word() && (Words.FINITE.contains(w.norm()) || pastVerb(w) && !nounAfter(t, k, last)
                    || !w.capitalized() && w.norm().endsWith("ing") && w.norm().length() > 4 && !nounAfter(t, k, last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the "-ed" or "-ing" word at {@code k} modifies a noun right after it inside the source ("fundraising
     * reports show", "disclosures filed ..." is not), so it is no verb of its own.
     */
    private static boolean nounAfter(List<Token> t, int k, int last) {
        return k < last && t.get(k + 1).word() && !Words.PHRASE_STOP.contains(t.get(k + 1).norm())
                && !Words.DETERMINERS.contains(t.get(k + 1).norm());
    }

    /** A lower-case word of five or more letters ending in "-ed": read as a past-tense verb. */
    static boolean pastVerb(Token tok) {
        return tok.word() && !tok.capitalized() && tok.norm().endsWith("ed") && tok.norm().length() > 4;
    }

    /**
     * True when the words after the cue up to the next clause mark are a short tail ("on Thursday", "in a
     * statement"), not a reported clause ("there was no plan", "at least six planes flew").
     */
    private static boolean shortTail(List<Token> t, int cue, int tailFrom) {
        int end = ClauseEdges.clauseEnd(t, tailFrom);
        int len = end - tailFrom;
        if (len == 0) {
            return true;
        }
        String first = t.get(tailFrom).norm();
        if (first.equals("that") || len > MAX_TAIL) {
            return false;
        }
        if (len > 1 && (first.equals("there") && Words.FINITE.contains(t.get(tailFrom + 1).norm())
                || first.equals("at") && (t.get(tailFrom + 1).is("least") || t.get(tailFrom + 1).is("most")))) {
            return false;    // "X said there was no plan", "CNN reported at least six planes flew": a clause, no tail
        }
        if (first.equals("on")) {   // "..., Ruiz said on Thursday." but not "..., Ruiz called on the council"
            return len > 1 && Words.TIME.contains(t.get(tailFrom + 1).norm());
        }
        if (Words.OBJECT_VERBS.contains(t.get(cue).norm())) {
            return len <= 4 || Words.TAIL_START.contains(first);
        }
        return Words.TAIL_START.contains(first);
    }

    private TrailingClause() {
    }
}
