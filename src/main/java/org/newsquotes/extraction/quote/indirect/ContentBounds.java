package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Where the content of a leading cue ("X said (that) CONTENT", "X criticized CONTENT") starts and ends,
 * in token indices of one sentence. A that-clause or a clause with a finite verb runs to the sentence end,
 * a semicolon or dash, its first comma, a conjunction opening an adverbial clause ("pledged to X after a
 * meeting"), or "and"/"but" after its first word ("said she admires him | and praised his campaign": the
 * second verb is most often the source's, and PolNeAR ends the content there); an object noun phrase ("criticized Ms. Keller during a visit")
 * stops before a preposition or relative word; a particle after the cue ("called for", "talked about")
 * and a short head noun before one ("expressed doubts about X") are left out of the content. When in doubt
 * the shorter span is chosen. Without parts of speech, a clause is recognised by a subject pronoun or a
 * finite auxiliary only. Stateless; linear in the sentence length.
 */
final class ContentBounds {

    static final int MAX_PHRASE = 6;
    /** How many tokens a clause needs before a comma may end it ("X said A, B" keeps "A"; one, measured on train). */
    static final int MIN_BEFORE_COMMA = 1;
    /**
     * How many tokens a clause needs before a conjunction may end it. One, measured on train and dev: a
     * coordinated subject ("said Lee and Ortiz would come") is cut to its first name, but far more often
     * the conjunction joins the source's second verb or a new clause.
     */
    static final int MIN_BEFORE_CONJUNCTION = 1;
    /** How many tokens are searched for a finite verb before an object is read as a noun phrase. */
    static final int LOOK_FOR_VERB = 8;
    /** The longest head noun left out before a particle ("made the case for X"). */
    static final int MAX_HEAD = 3;

    /** Prepositions that join a cue to its object: "called for", "talked about", "voted against". */
    static final WordSet PARTICLES = WordSet.of("about", "for", "against", "on", "over", "of", "into");

    /** Words that open a clause, not a noun phrase, after a cue. */
    static final WordSet CLAUSE_OPENERS = WordSet.of("he", "she", "they", "we", "i", "it", "there", "you",
            "this", "these", "those", "who", "what", "whether", "if", "how", "why", "when", "where", "to", "which");

    /** Conjunctions that open an adverbial clause after the content ("pledged to X after a meeting"). */
    static final WordSet SUBORDINATORS = WordSet.of("because", "as", "after", "when", "while", "despite", "before",
            "since", "though", "although", "amid", "unless", "whereas");

    private ContentBounds() {
    }

    /**
     * The first content token after the cue at {@code cue}: after a "that" ({@link ThatOpener}), commas and colons, a manner
     * adverb ({@link MannerAdverb}), the person urged before an infinitive ({@link UrgedObject}) and the hearer of
     * a telling cue ({@link HearerObject}); {@code t.size()} when the cue has no content.
     */
    static int start(List<Token> t, int cue) {
        int that = ThatOpener.after(t, cue);
        if (that >= 0) {
            return that;
        }
        int k = cue + 1;
        while (k < t.size() && (t.get(k).is(',') || t.get(k).is(':'))) {
            k++;
        }
        k = MannerAdverb.skip(t, k);
        if (k >= t.size()) {
            return t.size();
        }
        int question = UrgedObject.questionAfterHearer(t, cue, k);
        if (question > k) {
            return question;
        }
        if (UrgedObject.URGING.contains(t.get(cue).norm())) {
            return UrgedObject.infinitiveAfterObject(t, k);
        }
        int heard = HearerObject.start(t, cue, k);
        return heard == HearerObject.NONE ? t.size() : heard;
    }

    /** Cues whose object follows "to" as a preposition, not an infinitive: "referring to X", "alluded to X". */
    static final WordSet TO_OBJECT = WordSet.of("referring", "refer", "refers", "referred", "alluding", "alluded",
            "pointing", "pointed", "respond", "responds", "responding", "responded", "reacting", "reacted", "objected", "objecting");

    /** {@code from} past one particle ("called for X", "referring to X": X), or {@code from} when there is none. */
    static int skipParticle(List<Token> t, int cue, int from) {
        if (from + 1 >= t.size()) {
            return from;
        }
        String p = t.get(from).norm();
        return PARTICLES.contains(p) || p.equals("to") && TO_OBJECT.contains(t.get(cue).norm()) ? from + 1 : from;
    }

    /** True when the tokens from {@code from} read as a noun phrase: no subject pronoun, no finite verb. */
    static boolean nounPhrase(List<Token> t, int from, int stop) {
        if (from >= stop || CLAUSE_OPENERS.contains(t.get(from).norm()) || PhraseEdges.contractedSubject(t.get(from).norm())) {
            return false;
        }
        for (int k = from; k < stop && k - from < LOOK_FOR_VERB; k++) {
            String w = t.get(k).norm();
            if (Words.FINITE.contains(w) || w.endsWith("n't")) {
                return false;
            }
        }
        return true;
    }

    /** True when the short phrase {@code [from, to)} is a head noun before a particle: "doubts | about X". */
    static boolean headBeforeParticle(List<Token> t, int from, int to, int stop) {
        return to - from <= MAX_HEAD && to + 1 < stop && PARTICLES.contains(t.get(to).norm());
    }

    /** End of the object phrase starting at {@code from}: before a clause mark, preposition or relative. */
    static int phraseEnd(List<Token> t, int from) {
        if (from < t.size() && PhraseEdges.OBJECT_PRONOUNS.contains(t.get(from).norm()) && PhraseEdges.pronounAlone(t, from, t.size())) {
            return from + 1;
        }
        int k = from;
        while (k < t.size() && k - from < MAX_PHRASE && !Words.PHRASE_STOP.contains(t.get(k).norm())
                && (t.get(k).word() || isInnerPeriod(t, k))
                && (k == from || !endsPhrase(t.get(k).norm()) && !PhraseEdges.figureAfterName(t, k))) {
            k++;
        }
        return k;
    }

    /** More prepositions that end an object phrase ("denied the charges | through his lawyer"). */
    static final WordSet MORE_STOPS = WordSet.of("through", "via", "under", "against", "toward", "towards",
            "without", "across", "per", "last", "next");

    /**
     * True for a word that cannot continue an object noun phrase: a time word ("declared victory | Tuesday
     * night"), a further preposition, a finite verb ("voters required to vote for Trump | could switch") or a
     * relative pronoun fused with one ("praised a mayor | who's stayed on").
     */
    private static boolean endsPhrase(String norm) {
        return Words.TIME.contains(norm) || MORE_STOPS.contains(norm) || Words.FINITE.contains(norm)
                || norm.endsWith("n't") || contractedRelative(norm);
    }

    /** "who's", "who'd", "who've", "who'll", "that's": a relative word with a contracted verb. */
    private static boolean contractedRelative(String norm) {
        int apostrophe = norm.indexOf('\'');
        return apostrophe > 0 && Words.RELATIVES.contains(norm.substring(0, apostrophe));
    }

    /** End of a content clause starting at {@code from}: the sentence end, a semicolon or dash, or a comma. */
    static int clauseStop(List<Token> t, int from) {
        int end = ClauseEdges.sentenceEnd(t);
        if (PhraseEdges.pronounObject(t, from, end)) {
            return from + 1;
        }
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            if (tok.is(';') || tok.is('—') || tok.is('–') || spacedHyphen(t, k) || tok.is('(')) {
                return k;
            }
            if (tok.is(',') && k + 1 < end && k - from >= MIN_BEFORE_COMMA) {
                return k;
            }
            if (PhraseEdges.adjunct(t, k) && k - from >= PhraseEdges.MIN_BEFORE_ADJUNCT) {
                return k;
            }
            if ((SUBORDINATORS.contains(tok.norm()) || Words.COORDINATORS.contains(tok.norm()) || untilClause(t, k))
                    && k - from >= MIN_BEFORE_CONJUNCTION && !CoordinatedSubject.joins(t, from, k)) {
                return k;
            }
        }
        return end;
    }

    /** "until" opening a clause ("until the board votes"), not a date ("until May", "until next week"). */
    private static boolean untilClause(List<Token> t, int k) {
        if (!t.get(k).is("until") || k + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.word() && !next.capitalized() && !Words.TIME.contains(next.norm())
                && !ContentStart.DATE_OPENERS.contains(next.norm()) && !Character.isDigit(next.norm().charAt(0));
    }

    /**
     * A hyphen, or either hyphen of a "--", standing alone between spaces, used as a dash ("the port - and the
     * ferry", "signed the act -- and later"), not "U.S.-Russian".
     */
    static boolean spacedHyphen(List<Token> t, int k) {
        if (!t.get(k).is('-') || k == 0 || k + 1 >= t.size()) {
            return false;
        }
        int first = k;
        int last = k;
        if (t.get(k + 1).is('-') && t.get(k + 1).start() == t.get(k).end()) {
            last = k + 1;
        } else if (t.get(k - 1).is('-') && t.get(k - 1).end() == t.get(k).start()) {
            first = k - 1;
        }
        return first > 0 && last + 1 < t.size() && t.get(first - 1).end() < t.get(first).start()
                && t.get(last).end() < t.get(last + 1).start();
    }

    /** A period inside a name ("Ms. Keller", "J. Smith") or closing a dotted abbreviation ("U.S. officials"), before a word. */
    private static boolean isInnerPeriod(List<Token> t, int k) {
        return t.get(k).is('.') && k + 1 < t.size() && (t.get(k + 1).capitalized()
                || t.get(k + 1).word() && t.get(k - 1).norm().indexOf('.') > 0 && t.get(k - 1).end() == t.get(k).start());
    }
}
