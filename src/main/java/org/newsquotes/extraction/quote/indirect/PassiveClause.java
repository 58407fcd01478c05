package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * A passive cue whose content is its subject and whose source follows "by": "The meeting was first
 * reported by Politico", "the plan is opposed by most farmers". The content is the noun phrase before the
 * form of "be" (up to a clause mark or conjunction), the source the phrase after "by". Without "be" the
 * content is the short noun phrase before the participle ("the levy, opposed by most farmers"; not after a
 * hearer participle such as "pressed", nor before "by" and a gerund: "responded by saying"). Without the agent
 * phrase no reading is made here (see {@link PassiveSubject}). Stateless; constant work per cue.
 */
final class PassiveClause {

    /** Forms of "be" that make a passive with a past participle. */
    static final WordSet BE = WordSet.of("was", "were", "is", "are", "been", "be", "being");

    private PassiveClause() {
    }

    /**
     * "Kasich, endorsed by the Globe", "the policies once championed by Lee": a participle after a noun phrase
     * (or the comma or dash after it) without "be"; {@code last} is the token before the participle and its adverbs.
     */
    private static Found reduced(List<Token> t, int i, int last) {
        int end = last;
        if (t.get(end).is(',') || t.get(end).is('—') || t.get(end).is('–') || t.get(end).is('(')) {
            end--;
        }
        if (end < 0 || PassiveSubject.SUBJECT_NOT_CONTENT.contains(t.get(i).norm()) || !t.get(end).word()
                || notInPhrase(t.get(end)) || Words.NOT_BEFORE_VERB.contains(t.get(end).norm())
                || t.get(i + 2).norm().endsWith("ing")) {
            return null;    // "responded by saying": a means, no agent
        }
        int from = end;
        while (from > 0 && end - from < MAX_REDUCED && (t.get(from - 1).word() || ClauseEdges.titlePeriod(t, from - 1))
                && !notInPhrase(t.get(from - 1))) {
            from--;
        }
        return new Found(Attribution.LEADING, i, i + 1, from, end + 1, SourceFinder.after(t, i + 2));
    }

    /** The longest appositive between commas read as part of a passive's subject. */
    static final int MAX_APPOSITIVE = 12;

    /**
     * Start of the subject "Mr. Bush, the former governor," whose appositive closes with the comma at {@code comma},
     * or -1 when there is no such "NAME, APPOSITIVE," before it.
     */
    private static int appositiveStart(List<Token> t, int comma) {
        int k = comma - 1;
        while (k > 0 && comma - k <= MAX_APPOSITIVE && (t.get(k).word() || ClauseEdges.titlePeriod(t, k))) {
            k--;
        }
        if (k < 1 || k == comma - 1 || !t.get(k).is(',') || !t.get(k - 1).word() || !t.get(k - 1).capitalized()) {
            return -1;
        }
        return SourceFinder.phraseStart(t, k - 1, 0);
    }

    /** The longest noun phrase read before a participle without "be". */
    static final int MAX_REDUCED = 6;

    /** Adverbs and irregular participles that are no noun: "long viewed by", "has seen fighters backed by". */
    static final WordSet NOT_NOUNS = WordSet.of("long", "always", "here", "there", "seen", "been", "taken", "given",
            "shown", "known", "made", "done", "become", "so", "too", "very");

    /** True for a word that cannot be inside the noun phrase before a participle: a verb, preposition or pronoun. */
    private static boolean notInPhrase(Token tok) {
        String w = tok.norm();
        return Words.AUX.contains(w) || Words.FINITE.contains(w) || Words.NP_BOUNDARY.contains(w)
                || Words.PHRASE_STOP.contains(w) || Words.PRONOUNS.contains(w) || w.endsWith("'s") && w.length() <= 4
                || Words.isAdverbLike(tok) || NOT_NOUNS.contains(w)
                || !tok.capitalized() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    /** The reading of the participle cue at {@code i}, or null when it is no "X be CUE-ed by Y". */
    static Found read(List<Token> t, int i) {
        if (!participle(t.get(i).norm()) || i + 2 >= t.size() || !t.get(i + 1).is("by")) {
            return null;
        }
        int be = beforeAdverbs(t, i);
        if (be >= 1 && !BE.contains(t.get(be).norm())) {
            return reduced(t, i, be);
        }
        if (be < 1) {
            return null;
        }
        int last = beforeAuxiliaries(t, be);
        int from = t.get(last).is(',') ? appositiveStart(t, last) : -1;
        if (from >= 0) {
            return new Found(Attribution.LEADING, i, i + 1, from, last, SourceFinder.after(t, i + 2));
        }
        if (!t.get(last).word()) {
            return null;
        }
        from = SourceFinder.phraseStart(t, last, 0);
        Span source = SourceFinder.after(t, i + 2);
        return new Found(Attribution.LEADING, i, i + 1, from, last + 1, source);
    }

    /** A past participle by its ending: "-ed", "-en", "-wn" ("approved", "written", "shown"). */
    static boolean participle(String norm) {
        return norm.endsWith("ed") || norm.endsWith("en") || norm.endsWith("wn");
    }

    /** The token before the participle at {@code i} and the adverbs between (a form of "be" stops the walk). */
    static int beforeAdverbs(List<Token> t, int i) {
        int be = i - 1;
        while (be > 0 && t.get(be).word() && Words.isAdverbLike(t.get(be).norm()) && !BE.contains(t.get(be).norm())) {
            be--;
        }
        return be;
    }

    /** The last word of the subject before the form of "be" at {@code be}, past auxiliaries ("has been"). */
    static int beforeAuxiliaries(List<Token> t, int be) {
        int last = be - 1;
        while (last > 0 && t.get(last).word() && Words.AUX.contains(t.get(last).norm())) {
            last--;
        }
        return last;
    }
}
