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
 * ("to state", "to call", or joined to it: "to make a joke and call") within {@link #REACH} words of the name;
 * "asked X to say" is left out (a request, not a saying).
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
                boolean after = w.get(k).start() >= m.span().end();
                if (after && (w.get(k).is("to") || infinitive && w.get(k).is("and"))
                        && infinitiveCue(w.get(k + 1))) {
                    return new Attribution(w.get(k + 1).span(), m, Attribution.Rule.IN_SENTENCE);
                }
                infinitive |= after && w.get(k).is("to");
            }
            return null;
        }
        return null;
    }

    /** A reporting verb after "to"; "state" counts there too (after "to" it cannot be the noun). */
    private static boolean infinitiveCue(Token t) {
        return CueLexicon.isCue(t) || t.is("state");
    }
}
