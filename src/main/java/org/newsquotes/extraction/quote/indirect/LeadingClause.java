package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * Reads the leading shape "X said (Tuesday) (that) CONTENT.": the source is the phrase before the cue (none for
 * a participle ", warning that", "Citing the report, X said", or a bare infinitive "the first to endorse X"),
 * the content a that-clause, a clause or an object noun phrase after the cue (its edges partly found by
 * {@link CueObject}). Not read when the cue is no finite verb with a subject, when the content opens with a
 * preposition or hearer, or when an object phrase follows a direct quote's cue.
 * Limits: token-level heuristics, no parse; past-tense and noun readings rely on word lists. Linear in the
 * sentence length. Stateless and thread-safe.
 */
final class LeadingClause {

    /**
     * The verb or adjective that governs an infinitive cue ("declined | to say", "are more likely | to say"),
     * whose subject is the source; {@code i} itself when the cue is no such infinitive.
     */
    private static int controlHead(List<Token> t, int i) {
        if (i < 2 || !t.get(i - 1).is("to") || !Words.CONTROL.contains(t.get(i - 2).norm())) {
            return i;
        }
        int head = i - 2;
        while (head > 0 && Words.DEGREE.contains(t.get(head - 1).norm())) {
            head--;
        }
        return head;
    }

    /** "X said (that) CONTENT" with the cue at {@code i}. */
    static Found read(List<Token> t, int i, QuoteMask mask, boolean phrase) {
        int head = controlHead(t, i);
        int last = SubjectEnd.skipAuxBack(t, head);
        boolean participle = participle(t, head, last) || infinitive(t, head);
        Span source = participle ? null : SourceFinder.before(t, head);
        boolean thatClause = i + 1 < t.size() && t.get(i + 1).is("that");
        if (!thatClause && !participle && !finiteUse(t, head, last, source)) {
            return null;
        }
        int from = ContentBounds.start(t, i);
        if (from > i + 2 && t.get(from - 1).is("that") && CueObject.otherVerb(t, i + 1, from - 1)) {
            from = i + 1;    // "backed it as mayor, noting that X": the "that" is the other verb's
        }
        boolean afterThat = from > 0 && t.get(from - 1).is("that");
        if (!afterThat && Words.OBJECT_VERBS.contains(t.get(i).norm())) {
            from = UrgedObject.infinitiveAfterObject(t, from);
        }
        int beforeParticle = from;
        if (!afterThat && !Words.INVERTING.contains(t.get(i).norm())) {
            from = ContentBounds.skipParticle(t, i, from);
            from = CueObject.ownParticle(t, i, from);
        }
        boolean prepositionObject = (from > beforeParticle || ContentBounds.PARTICLES.contains(t.get(i).norm())) && from < t.size() && !HearerObject.QUESTION_OPENERS.contains(t.get(from).norm())
                && !t.get(from).norm().endsWith("ing");    // "joked about moving to Elm City if ...": a gerund's clause
        if (!afterThat) {
            int object = from;
            from = ContentStart.skipSetting(t, ContentStart.skipDate(t, from));
            prepositionObject &= from == object;    // "Show on Tuesday, Ortiz criticized": the date was the object
        }
        int stop = ContentBounds.clauseStop(t, from);
        boolean np = !afterThat && !CueObject.figureBound(t, from) && (phrase || prepositionObject || ContentBounds.nounPhrase(t, from, stop));
        int to = np ? ControlObject.end(t, i, from, ContentBounds.phraseEnd(t, from), stop) : stop;
        if (prepositionObject && np) {
            to = NameVerb.cut(t, from, contactClause(t, from, to));
        }
        if (np && to == from && CueObject.amount(t, from)) {
            to = ContentBounds.phraseEnd(t, from + 1);    // "calls for | $1 trillion in new spending"
        }
        // "doubts | about X" reads X; before a figure or quote ("earnings of $4", "the issue of “racism”") the head
        // stays (train +20/27, dev +2/2), and before a medium, date or span of time ("shared the news | on Facebook",
        // "praised the remarks | on Thursday", "had known him | for years")
        if (np && ContentBounds.headBeforeParticle(t, from, to, stop) && t.get(to + 1).word() && !CueObject.amount(t, from)
                && !CueObject.circumstance(t, i, to + 1, ContentBounds.phraseEnd(t, to + 1))) {
            from = to + 1;    // "a study of | how they can meet": a question after the particle is a clause
            to = HearerObject.QUESTION_OPENERS.contains(t.get(from).norm()) ? stop : ContentBounds.phraseEnd(t, from);
        }
        if (!np && from < to && RelativeCue.restrictive(t, last)) {
            to = RelativeCue.end(t, from, to);
        }
        if (!afterThat && from < to && (Words.PREPOSITIONS.contains(t.get(from).norm()) && !CueObject.figureBound(t, from)
                || ContentStart.hearer(t, from)
                || !participle && np && quotedBefore(t, i, mask) || NotContent.circumstance(t, i, from, to))) {
            return null;
        }
        return to > from ? new Found(Attribution.LEADING, i, i + 1, from, to, source) : null;
    }

    /**
     * End of the object {@code [from, to)} of a preposition before a relative clause without "that" ("insist on
     * a judge | they can tolerate"): the first subject pronoun after the object's first word.
     */
    private static int contactClause(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (ContentStart.SUBJECT_PRONOUNS.contains(t.get(k).norm()) && !t.get(k).is("it")) {
                return k;
            }
        }
        return to;
    }

    /**
     * True for an "-ing" cue after a comma or a preposition ("..., warning that", "by saying", "without
     * mentioning"): its subject is the clause's, not the phrase right before it.
     */
    private static boolean participle(List<Token> t, int head, int last) {
        if (!t.get(head).norm().endsWith("ing")) {
            return false;
        }
        if (last < 0) {
            return head == 0 && openingParticiple(t);    // "Addressing the topic on Monday, the mayor said"
        }
        int k = last;
        while (k > 0 && closingQuote(t.get(k))) {
            k--;    // "… a “bad earpiece,” claiming CONTENT": the comma sits inside the quote
        }
        return t.get(k).is(',') || Words.GERUND_OPENERS.contains(t.get(last).norm())
                || t.get(last).is("those");    // "those backing other candidates": a reduced relative
    }

    /** Words that open no participle phrase: "Nothing changed", "Speaking on Fox News, ...". */
    static final WordSet NO_PARTICIPLE = WordSet.of("nothing", "something", "everything", "anything", "speaking",
            "addressing", "regarding", "talking", "looking");

    /**
     * True when the sentence opens with a participle phrase before the main clause's subject: "Citing the
     * report, Lee said ..." (a comma then a capitalised word or subject pronoun follows).
     */
    private static boolean openingParticiple(List<Token> t) {
        if (!t.get(0).capitalized() || NO_PARTICIPLE.contains(t.get(0).norm())) {
            return false;
        }
        for (int k = 1; k + 1 < t.size(); k++) {
            if (t.get(k).is(',')) {
                Token next = t.get(k + 1);
                return next.word() && (next.capitalized() || ContentStart.SUBJECT_PRONOUNS.contains(next.norm()));
            }
        }
        return false;
    }

    private static boolean closingQuote(Token tok) {
        return tok.is('”') || tok.is('"') || tok.is('\'') || tok.is('’');
    }

    /**
     * True for a bare infinitive cue governed by no listed verb ("the first mayor in the state to endorse X",
     * "rushed to the capital to discuss X", "To address X, ..."): its subject is not the phrase before it, so it
     * has no source.
     */
    private static boolean infinitive(List<Token> t, int head) {
        return head >= 2 && t.get(head - 1).is("to") && (t.get(head - 2).word() || t.get(head - 2).is(',')
                || closingQuote(t.get(head - 2)))    // "traveled to Erie, Pa., to discuss X", "on “Fox” to defend her"
                || head == 1 && t.get(0).is("to") && t.get(0).capitalized();    // "To address X, the mayor ..."
    }

    /** True when the cue word reads as a verb with a subject, not as a noun or an infinitive. */
    private static boolean finiteUse(List<Token> t, int i, int last, Span source) {
        if (last >= 0 && Words.NOT_BEFORE_VERB.contains(t.get(last).norm())) {
            return false;
        }
        if (last >= 0 && t.get(last).norm().endsWith("'s") && !Words.PRONOUNS.contains(stem(t.get(last)))) {
            return false;
        }
        if (last >= 0 && Words.COORDINATORS.contains(t.get(last).norm())) {
            return true;    // "... and said CONTENT": a second verb of the subject named before
        }
        return source != null;
    }

    /**
     * True when the clause before the cue holds quoted words: the cue attributes a direct quote. A relative
     * word or conjunction in between opens a new clause ("“...,” said Ruiz, who said ...", "... and said").
     * Only checked for an object-phrase content ("“...,” Ruiz said of the vote"): a clause after the cue
     * ("After Ruiz promised “a new start,” the union said the talks would resume") is reported speech
     * whatever came before (train +0.0007, dev +0.0003).
     */
    private static boolean quotedBefore(List<Token> t, int cue, QuoteMask mask) {
        for (int k = cue - 1; k >= 0 && cue - k <= TrailingClause.MAX_SOURCE + 6; k--) {
            if (mask.inside(t.get(k).start())) {
                return true;
            }
            if (Words.NEW_CLAUSE.contains(t.get(k).norm())) {
                return false;
            }
        }
        return false;
    }

    private static String stem(Token tok) {
        return tok.norm().substring(0, tok.norm().length() - 2);
    }

    private LeadingClause() {
    }
}
