package org.newsquotes.extraction.date;

import java.util.List;
import java.util.Set;

/**
 * Marks the side clauses of a sentence, so that a date word inside one does not date a statement made outside
 * it, nor one inside it a statement outside: a relative clause ("Voss, who was arrested on Monday, said …",
 * "the man who spoke Tuesday said …", "In a speech in Elm County, which votes on Saturday, Voss argued …") and
 * an "as" clause about a report ("As the Herald reported Tuesday, the council voted …"). The reporting cue
 * belongs to a relative clause when it is the clause's own verb ("Voss — who had long endorsed Lee —"); a
 * restrictive clause (no comma before "who") ends at the cue when the cue comes after a verb of its own.
 *
 * <p>Not side clauses: "where"/"when" clauses and relatives after a preposition ("during which", "in which"):
 * they tell the occasion of speaking, whose date is the statement's. Limits: words and punctuation, not a parse;
 * a clause ends at the next comma, dash, bracket, colon, semicolon or question mark (not at a full stop,
 * which may end an abbreviation); clauses inside clauses are not told apart.
 */
final class SideClauses {

    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");
    /** Words before a relative pronoun that make it name an occasion ("during which") or a question. */
    private static final Set<String> BEFORE_OCCASION = Set.of("in", "on", "at", "during", "after", "before",
            "of", "by", "with", "for", "from", "to", "about", "through", "under", "asked", "know", "knows", "wonder");
    /** Auxiliaries and adverbs that may stand between a relative pronoun and the clause's own verb. */
    private static final Set<String> LIGHT = Set.of("had", "has", "have", "was", "were", "is", "are", "also",
            "not", "never", "already", "just", "then", "later", "once", "would", "could", "will", "did", "does",
            "do", "first", "earlier", "long", "since", "himself", "herself", "itself", "themselves", "been", "on",
            "in", "last", "this", "past", "early", "late", "mid", "be", "should", "must", "may", "might", "can");
    /** Verbs of a report that an "as" clause cites ("as the Herald reported"). */
    private static final Set<String> REPORTING = Set.of("reported", "reports", "wrote", "writes", "noted",
            "notes", "revealed", "disclosed", "documented", "detailed", "first", "published", "broke");
    /** How many tokens an "as" clause may run before its comma. */
    private static final int AS_REACH = 20;

    private final List<DateToken> tokens;
    private final int[] clause;

    /** @param cue the index of the cue's first token, or -1 */
    SideClauses(List<DateToken> tokens, int cue) {
        this.tokens = tokens;
        this.clause = new int[tokens.size()];
        int id = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int end = relativeEnd(i, cue);
            end = end > i ? end : asClauseEnd(i);
            if (end > i) {
                id++;
                for (int k = i; k < end; k++) {
                    clause[k] = id;
                }
                i = end - 1;
            }
        }
    }

    /** Whether tokens {@code a} and {@code b} stand in different clauses (one of them a side clause). */
    boolean apart(int a, int b) {
        return a >= 0 && b >= 0 && a < clause.length && b < clause.length && clause[a] != clause[b];
    }

    /** The end (exclusive) of a relative clause opening at {@code i}, or -1. */
    private int relativeEnd(int i, int cue) {
        DateToken t = tokens.get(i);
        if (i == 0 || !RELATIVES.contains(t.lower()) || BEFORE_OCCASION.contains(tokens.get(i - 1).lower())) {
            return -1;
        }
        int end = clauseEnd(i + 1, tokens.size());
        int verb = ownVerb(i + 1, end);
        if (cue > i && cue < end && cue != verb && tokens.get(i - 1).isWord()) {
            return restrictiveEnd(verb, cue); // "the man who spoke Tuesday said": it ends before the main verb
        }
        return end;
    }

    /**
     * The clause's own verb: the first word after {@code from} that is no auxiliary, adverb, date word or
     * preposition of a date ("who on Monday cast"), or {@code end}.
     */
    private int ownVerb(int from, int end) {
        for (int k = from; k < end; k++) {
            DateToken w = tokens.get(k);
            if (w.isWord() && !LIGHT.contains(w.lower()) && !w.lower().endsWith("ly") && !w.capitalised()
                    && !w.isNumber()) {
                return k;
            }
        }
        return end;
    }

    /**
     * A restrictive clause ends at the main verb: the cue, or an earlier word in "-ed" after the clause's own
     * verb ("those who were shunned for it gathered …"), unless an auxiliary stands before it.
     */
    private int restrictiveEnd(int verb, int cue) {
        for (int k = verb + 1; k < cue; k++) {
            DateToken w = tokens.get(k);
            if (w.isWord() && !w.capitalised() && w.lower().endsWith("ed") && !LIGHT.contains(tokens.get(k - 1).lower())) {
                return k;
            }
        }
        return cue;
    }

    /** The end (exclusive, its comma) of "As the Herald reported Tuesday," opening a clause at {@code i}, or -1. */
    private int asClauseEnd(int i) {
        if (!tokens.get(i).lower().equals("as") || i > 0 && tokens.get(i - 1).isWord()) {
            return -1;
        }
        int end = clauseEnd(i + 1, Math.min(tokens.size(), i + AS_REACH));
        if (end >= tokens.size() || tokens.get(end).first() != ',') {
            return -1;
        }
        for (int k = i + 1; k < end; k++) {
            if (REPORTING.contains(tokens.get(k).lower())) {
                return end;
            }
        }
        return -1;
    }

    /** The first clause-ending mark at or after {@code from} (before {@code to}), else {@code to}. */
    private int clauseEnd(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = tokens.get(k).first();
            if (c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == ')' || c == '?' || c == '!'
                    || c == '-' && k + 1 < to && tokens.get(k + 1).first() == '-') {
                return k;
            }
        }
        return to;
    }
}
