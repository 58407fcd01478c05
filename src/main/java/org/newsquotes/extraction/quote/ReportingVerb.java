package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Determiners;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a token reports speech in its context: a listed reporting verb ({@link CueLexicon}), a verb of retort
 * before "back" ("shot back", "fired back", "hit back"), which reports speech only with that particle, "put
 * it" ("as the paper put it, “…”"), or "went on" closing its clause. A listed word right after an article or a
 * possessive pronoun is a noun ({@link #nounAt}: "the report stated", "the email said"), no verb. Looks one token
 * either side. Limits: "hit back" at a rally is read as speech.
 */
final class ReportingVerb {

    private static final Set<String> RETORT = Set.of("shot", "fired", "hit", "pushed", "struck", "snapped",
            "fought", "shoots", "fires", "hits", "pushes", "strikes", "snaps", "fights");
    /** Words after which a listed cue is a noun: "the report", "an email", "their statement". */
    private static final Set<String> NOUN_MARKERS = Determiners.ARTICLES_AND_POSSESSIVES;

    private ReportingVerb() {
    }

    static boolean at(List<Token> w, int c) {
        Token t = w.get(c);
        if (nounAt(w, c)) {
            return false;
        }
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

    /** Whether the word at {@code c} follows an article or possessive pronoun: a noun ("the report", "an email"). */
    static boolean nounAt(List<Token> w, int c) {
        return c > 0 && NOUN_MARKERS.contains(w.get(c - 1).norm());
    }
}
