package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * When the phrase after a reporting verb can be its inverted source ("…, said Smith", "quoted the president as
 * saying") rather than its object ("… and told the council", "described Trump as …"), for {@link ClauseCue}.
 * Stateless; looks a few tokens around the verb. Limits: word lists, no parser.
 */
final class CueInversion {

    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "is", "was",
            "also", "previously", "once", "already", "since", "recently", "repeatedly", "publicly", "openly");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private CueInversion() {
    }

    /**
     * "…, said Smith", "— said Smith": an inverted source follows a verb that opens the window or stands after
     * punctuation (auxiliaries skipped), or "quoted X as saying"; after a word the phrase is the verb's object
     * ("Lee, who has at times called Voss …").
     */
    static boolean afterPunctuation(List<Token> w, int c) {
        if (quotedAs(w, c)) {
            return true;
        }
        int p = beforeAuxiliaries(w, c);
        return p < 0 || !w.get(p).isWord();
    }

    /** Index of the token before the verb at {@code c} and the auxiliaries or adverbs right before it; -1 if none. */
    private static int beforeAuxiliaries(List<Token> w, int c) {
        int p = c - 1;
        while (p >= 0 && AUXILIARY.contains(w.get(p).norm())) {
            p--;
        }
        return p;
    }

    /** "… quoted the president as saying": "quoted" with "as" a few words on; the phrase between speaks. */
    private static boolean quotedAs(List<Token> w, int c) {
        if (!(w.get(c).is("quoted") || w.get(c).is("quotes") || w.get(c).is("quoting"))) {
            return false;
        }
        for (int k = c + 2; k < w.size() && k - c <= 6; k++) {
            if (w.get(k).is("as")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words after the verb at {@code c} can be its source ("…, said Smith"): not after a
     * participle ("…, urging voters …"), an infinitive ("to accuse the campaign") nor after a verb that
     * continues a clause ("… and told reporters …") or opens a relative clause ("… who has advised Obama …"),
     * where they are its object.
     */
    static boolean invertible(List<Token> w, int c) {
        String v = w.get(c).norm();
        if (v.endsWith("ing")) {
            return false;
        }
        int p = beforeAuxiliaries(w, c);
        return p < 0 || !w.get(p).isWord() || !(w.get(p).is("and") || w.get(p).is("but")
                || w.get(p).is("or") || w.get(p).is("then") || w.get(p).is("to")
                || RELATIVE.contains(w.get(p).norm()));
    }
}
