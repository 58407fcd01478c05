package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;

/**
 * "He sent a memo to the Post explaining his plan …", "Lee wrote a letter to the board urging …": a participle
 * right after the object of "to", "for" or "at" (perhaps dated: "to the Post in April") that itself follows a
 * verb and its object ("sent a memo"), with no comma, has no subject of its own: the one who explains is the
 * subject of that verb. Gives the index of that verb, so the participle's source is read as the verb's subject
 * and not left to a later verb in a subordinate clause ("… until the council agreed to a “…”"). Not after
 * "from": in "a letter from Ann Voss urging …" the letter, and so its writer, urges. Stateless. Limits: the
 * object of the preposition is at most {@value #OBJECT_WORDS} words and a short date, the verb's object at most
 * {@value #OBJECT_WORDS} words after a determiner.
 */
final class SentObjectParticiple {

    private static final int OBJECT_WORDS = 4;
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "at");

    private SentObjectParticiple() {
    }

    /** The index of the verb whose subject the participle at {@code c} shares, or -1. */
    static int verbOf(List<Token> w, int c) {
        if (c < 5 || !w.get(c).norm().endsWith("ing") || w.get(c).isCapitalized()) {
            return -1;
        }
        int p = c - 1;
        while (p >= 0 && c - p <= OBJECT_WORDS + 3 && !PREPOSITIONS.contains(w.get(p).norm())) {
            Token t = w.get(p);
            boolean dated = (t.is("in") || t.is("on")) && w.get(p + 1).isCapitalized();
            if (!t.isWord() || !t.isCapitalized() && !Lexicon.isDeterminer(t) && !dated) {
                return -1;
            }
            p--;
        }
        if (p < 3 || p == c - 1 || !PREPOSITIONS.contains(w.get(p).norm())) {
            return -1;
        }
        for (int k = p - 1; k >= 1 && p - k <= OBJECT_WORDS + 1; k--) {
            Token t = w.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return -1;
            }
            if (Lexicon.isDeterminer(t)) {
                Token v = w.get(k - 1);
                return k < p - 1 && v.isWord() && !v.isCapitalized() && !Lexicon.isFunctionWord(v) ? k - 1 : -1;
            }
        }
        return -1;
    }
}
