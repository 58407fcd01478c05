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
 * ("by any measure") gives nothing. A quote inside a question opened by "Asked by X" is X's ({@link #askedBy}).
 */
final class PassiveAgent {

    private static final Set<String> PASSIVE = Set.of("be", "is", "are", "was", "were", "been", "being", "get",
            "gets", "got", "getting", ",", "—", "–", "-", "--");
    private static final Set<String> BETWEEN = Set.of("as", "a", "an", "the");

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
