package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a token reports speech in its context: a listed reporting verb ({@link CueLexicon}), a verb of retort
 * before "back" ("shot back", "fired back", "hit back"), which reports speech only with that particle, "put
 * it" ("as the paper put it, “…”"), or "went on" closing its clause. Looks one token ahead. Limits: "hit back" at a rally is read as speech.
 */
final class ReportingVerb {

    private static final Set<String> RETORT = Set.of("shot", "fired", "hit", "pushed", "struck", "snapped",
            "fought", "shoots", "fires", "hits", "pushes", "strikes", "snaps", "fights");

    private ReportingVerb() {
    }

    static boolean at(List<Token> w, int c) {
        Token t = w.get(c);
        return CueLexicon.isCue(t) || c + 1 < w.size() && (w.get(c + 1).is("back") && RETORT.contains(t.norm())
                || w.get(c + 1).is("it") && (t.is("put") || t.is("puts")) || goesOn(w, c));
    }

    /** "“…,” Lee went on." / "Lee went on: “…”": "went on" closing its clause reports speech ("went on a trip" not). */
    private static boolean goesOn(List<Token> w, int c) {
        Token t = w.get(c);
        if (!(t.is("went") || t.is("goes")) || c + 1 >= w.size() || !w.get(c + 1).is("on")) {
            return false;
        }
        if (c + 2 >= w.size()) {
            return true;
        }
        String p = w.get(c + 2).text();
        return p.equals(".") || p.equals(",") || p.equals(":");
    }
}
