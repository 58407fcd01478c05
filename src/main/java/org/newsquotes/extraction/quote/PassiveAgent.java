package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A quote between a passive reporting verb and its agent: "the plan has been called “a sham” by Jo Lee", "—
 * often branded as a “circus” by rivals —". The phrase after "by" is the source. The verb must read as
 * passive: a form of "be" (or "get"), a comma or a dash before it (adverbs skipped), and only "as" or an
 * article between it and the quote. Stateless; reads a few tokens on each side of the quote. Limits: "Lee
 * called it “a sham” by Tuesday" has no passive verb and is left alone; an agent the phrase reader refuses
 * ("by any measure") gives nothing. A quote inside a question opened by "Asked by X" is X's ({@link #askedBy}); so
 * is one after "by X as" following a participle ({@link #agentBeforeAs}: "an option seen by planners as a “…”").
 */
final class PassiveAgent {

    private static final Set<String> PASSIVE = Set.of("be", "is", "are", "was", "were", "been", "being", "get",
            "gets", "got", "getting", ",", "—", "–", "-", "--");
    private static final Set<String> BETWEEN = Set.of("as", "a", "an", "the");
    /** Past participles of naming and judging verbs not listed as cues: "known by X as", "seen by X as". */
    private static final Set<String> PARTICIPLES = Set.of("known", "seen", "regarded", "viewed", "painted",
            "billed", "branded", "cast", "thought", "held");
    /** Tokens an agent between "by" and "as" spans. */
    private static final int AGENT_REACH = 8;

    private PassiveAgent() {
    }

    /** The agent after "by" of the passive reporting verb right before the quote, or null. */
    static Attribution of(List<Token> before, List<Token> after, SourcePhrase phrases) {
        Attribution asked = askedBy(before, phrases);
        if (asked != null) {
            return asked;
        }
        if (after.size() < 2 || !after.get(0).is("by")) {
            return null;
        }
        int p = before.size() - 1;
        while (p >= 0 && before.size() - p <= 2 && BETWEEN.contains(before.get(p).norm())) {
            p--;
        }
        if (p < 0 || !CueLexicon.isCue(before.get(p)) || before.get(p).isCapitalized()
                || !before.get(p).norm().endsWith("ed") && !before.get(p).is("told")) {
            return null;
        }
        int k = p - 1;
        while (k >= 0 && adverb(before.get(k))) {
            k--;
        }
        if (k >= 0 && !PASSIVE.contains(before.get(k).norm())) {
            return null;
        }
        Mention m = phrases.inverted(after, 0, after.size());
        Token verb = before.get(p);
        return m == null || m.pronoun() ? null
                : new Attribution(new Span(verb.start(), verb.end()), m, Attribution.Rule.IN_SENTENCE);
    }

    /**
     * "an option seen by planners as a “…”", "in what came to be known by some farmers as a “…”": a past
     * participle, "by" and its agent, then "as" (and an article) right before the mark; the agent (a phrase
     * the inverted-source reader accepts, running up to "as") names the thing so. Null when the window ends
     * otherwise or words stand between the agent and "as" ("by Lee in May as").
     */
    static Attribution agentBeforeAs(List<Token> before, SourcePhrase phrases) {
        int as = before.size() - 1;
        if (as >= 0 && BETWEEN.contains(before.get(as).norm()) && !before.get(as).is("as")) {
            as--;
        }
        if (as < 3 || !before.get(as).is("as")) {
            return null;
        }
        int by = as - 1;
        while (by > 0 && as - by <= AGENT_REACH && !before.get(by).is("by")) {
            by--;
        }
        if (by < 1 || !before.get(by).is("by") || !participle(before.get(by - 1))) {
            return null;
        }
        Mention m = phrases.inverted(before, by, as);
        Token verb = before.get(by - 1);
        return m == null || m.pronoun() || m.span().end() != before.get(as - 1).end() ? null
                : new Attribution(new Span(verb.start(), verb.end()), m, Attribution.Rule.IN_SENTENCE);
    }

    /**
     * A lower-case past participle of a reporting verb ("described", "dubbed") or a listed verb of naming or
     * judging ("known", "seen", "regarded"); "backed by X as" is no naming.
     */
    private static boolean participle(Token t) {
        String n = t.norm();
        return t.isWord() && !t.isCapitalized() && (n.endsWith("ed") && CueLexicon.isCue(n)
                || PARTICIPLES.contains(n));
    }

    /**
     * "Asked by Jo Lee whether the plan “works,” Okafor shrugged": a quote inside a question opened by "Asked by X"
     * (no comma yet between the agent and the quote) is the asker's; null otherwise.
     */
    static Attribution askedBy(List<Token> before, SourcePhrase phrases) {
        if (before.size() < 3 || !before.get(0).is("asked") || !before.get(0).isCapitalized()
                || !before.get(1).is("by")) {
            return null;
        }
        for (int i = 2; i < before.size(); i++) {
            if (!before.get(i).isWord() && !before.get(i).text().equals(".")) {
                return null;
            }
        }
        Mention m = phrases.inverted(before, 1, before.size());
        Token verb = before.get(0);
        return m == null || m.pronoun() ? null
                : new Attribution(new Span(verb.start(), verb.end()), m, Attribution.Rule.IN_SENTENCE);
    }

    private static boolean adverb(Token t) {
        String n = t.norm();
        return t.isWord() && !t.isCapitalized() && (n.endsWith("ly") || n.equals("often") || n.equals("also")
                || n.equals("once") || n.equals("since") || n.equals("long") || n.equals("even"));
    }
}
