package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A quote inside a relative clause whose subject is its speaker: "a clip that Judge Ana Ruiz called “…”",
 * "the remark Lee described as “…”", "an incident Mayor Tom Reyes brought up as “…”", "a plan Okafor has dubbed
 * “…”", "the clip, which Lee said was “…”" ({@link RelativeSubject} reads the clause and its subject). The
 * clause's verb has no object of its own (the noun before the clause is it) and the quote follows it straight
 * away, so the quote is the subject's wording for that noun, whatever source the sentence names after it ("…,”
 * Sam Ortiz expressed …"). Such a clause closed by its quote and a comma speaks for no later quote of the
 * sentence ({@link #closedBefore}: "…, which Lee called “…,” and praised the “…” crew" is not Lee's). Stateless;
 * looks a few words back from the mark. Limits: no parser; a pronoun subject is left to the other rules; a verb
 * after "to" ("a clause that requires staff to promise “…”") is not the clause's; a relative clause that goes on
 * after its quote is not seen closed.
 */
final class RelativeQuote {

    /** Particles between a verb and "as": "brought up as", "referred to as", "wrote off as". */
    private static final Set<String> PARTICLES = Set.of("up", "to", "off", "out", "down", "back");
    /** Verbs that take "X as “…”" without being listed cues: "what he saw as", "an incident Lee brought up as". */
    private static final Set<String> AS_VERBS = Set.of("saw", "sees", "see", "brought", "put", "cast", "casts",
            "held", "took", "thought", "thinks", "regards", "views");
    /**
     * Verbs whose object the quote can be with nothing between ("a plan Lee dubbed “…”"); "what he believes
     * “no matter what”" is no naming.
     */
    private static final Set<String> NAMING = Set.of("called", "calls", "call", "dubbed", "dubs", "termed", "terms",
            "labeled", "labelled", "labels", "branded", "brands", "nicknamed", "named", "wrote", "writes", "said",
            "says", "deemed", "declared");
    /** Words between a clause's verb and its quote: "called", "described as", "brought up as", "said was". */
    private static final int VERB_TO_MARK = 3;

    private RelativeQuote() {
    }

    /**
     * The attribution of the relative clause ending window {@code w} right before the opening mark at
     * {@code open}, or null when the window does not end in one.
     */
    static Attribution of(List<Token> w, int open, SourcePhrase phrases, LeadIn leadIns, String text) {
        int end = w.size() - 1;
        if (end < 3 || !text.substring(w.get(end).end(), open).isBlank()) {
            return null;
        }
        int c = verbAt(w, end);
        if (!clauseVerb(w, c)) {
            return null;
        }
        Mention m = RelativeSubject.of(w, c, phrases, text);
        if (m == null || m.pronoun() || !leadIns.known(m)) { // "what he saw as": left to the sentence's subject
            return null;
        }
        return new Attribution(new Span(w.get(c).start(), w.get(end).end()), m, Attribution.Rule.IN_SENTENCE);
    }

    /**
     * Whether the reporting verb at {@code c} in window {@code w} belongs to a relative clause whose quote,
     * right after the verb, closed with a comma before the window ends ("in a clip that Ruiz called “…,”
     * Ortiz …"): the clause is over, so its subject is no source for what follows.
     */
    static boolean closedBefore(List<Token> w, int c, SourcePhrase phrases, String text) {
        if (!clauseVerb(w, c)) {
            return false;
        }
        for (int e = c; e + 1 < w.size() && e - c < VERB_TO_MARK; e++) {
            if (SentenceOpening.quotedCommaBetween(text, w.get(e), w.get(e + 1))) {
                return verbAt(w, e) == c && RelativeSubject.of(w, c, phrases, text) != null;
            }
        }
        return false;
    }

    /** A lower-case verb with room for a subject before it, not telling a hearer and not after "to". */
    private static boolean clauseVerb(List<Token> w, int c) {
        return c >= 2 && !w.get(c).isCapitalized() && !LeadIn.tellsHearer(w.get(c)) && !w.get(c - 1).is("to");
    }

    /**
     * The index of the clause's verb when window {@code w} ends in one with no object before the mark: a
     * naming verb ("called", "dubbed"), a verb and "as" ("described as", "brought up as"), or a reporting verb and a
     * form of "be" ("said was", "claims would be"); else -1.
     */
    private static int verbAt(List<Token> w, int end) {
        Token last = w.get(end);
        if (last.is("as")) {
            int c = PARTICLES.contains(w.get(end - 1).norm()) ? end - 2 : end - 1;
            Token v = w.get(c);
            boolean verb = ReportingVerb.at(w, c) || AS_VERBS.contains(v.norm())
                    || v.isWord() && v.norm().endsWith("ed") && v.norm().length() > 4;
            return verb ? c : -1;
        }
        if (RelativeSubject.BE.contains(last.norm())) {
            int c = end - 1;
            while (c > end - 3 && c > 0 && auxiliary(w.get(c).norm())) {
                c--;
            }
            return CueLexicon.isCue(w.get(c)) && !ReportingVerb.nounAt(w, c) ? c : -1;
        }
        return NAMING.contains(last.norm()) && ReportingVerb.at(w, end) ? end : -1;
    }

    /** A form of "be" or a modal between a reporting verb and its quote ("said was", "claims would be"). */
    private static boolean auxiliary(String norm) {
        return RelativeSubject.MODALS.contains(norm) || RelativeSubject.BE.contains(norm);
    }
}
