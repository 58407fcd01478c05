package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * "The result prompted Jo Lee, who studies the county, to state, “…”": the named object of a causing verb
 * ("prompted", "led", "moved", "inspired") is the subject of the reporting verb in the infinitive after it.
 * Stateless; reads the window before a quote once. Limits: the reporting verb must be the infinitive's own
 * ("to state", "to call"), or one joined to it by "and" ("prompted Lee to make a joke and call it “…”"), within
 * {@link #REACH} words of the name, with no punctuation after the "to"; "asked X to say" is left out (a
 * request, not a saying).
 */
final class CausedSpeaker {

    private static final Set<String> CAUSING = Set.of("prompted", "led", "moved", "inspired", "spurred", "caused");
    private static final int REACH = 25;

    private CausedSpeaker() {
    }

    /** The named object of "prompted X to say" in {@code w}, as an attribution at the reporting verb; or null. */
    static Attribution of(List<Token> w, SourcePhrase phrases) {
        for (int i = 0; i + 3 < w.size(); i++) {
            if (!CAUSING.contains(w.get(i).norm()) || !Lexicon.isNameToken(w.get(i + 1))) {
                continue;
            }
            Mention m = phrases.inverted(w, i, w.size());
            if (m == null || m.pronoun() || m.name() == null) {
                return null;
            }
            boolean infinitive = false;
            for (int k = i + 2; k + 1 < w.size() && k - i <= REACH; k++) {
                if (w.get(k).start() < m.span().end()) {
                    continue;
                }
                if (infinitive && clauseBreak(w.get(k))) {
                    return null;
                }
                infinitive |= w.get(k).is("to");
                boolean joined = infinitive && w.get(k).is("and") && UnderstoodSubject.bareForm(w.get(k + 1).norm());
                if ((w.get(k).is("to") || joined) && infinitiveCue(w.get(k + 1))) {
                    return new Attribution(w.get(k + 1).span(), m, Attribution.Rule.IN_SENTENCE);
                }
            }
            return null;
        }
        return null;
    }

    /** A comma, semicolon, colon or dash: "prompted Lee to leave, and Ortiz called it …" is another clause. */
    private static boolean clauseBreak(Token t) {
        return !t.isWord() && !t.text().equals("'") && !t.text().equals("’");
    }

    /** A reporting verb after "to"; "state" counts there too (after "to" it cannot be the noun). */
    private static boolean infinitiveCue(Token t) {
        return CueLexicon.isCue(t) || t.is("state");
    }
}
