package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A reporting verb that shares the subject opening its clause: a finite verb right after "and" ("Lee greeted
 * supporters in Houston and told them that …", "She cast the blame on her rivals, and warned …") or a gerund
 * right after "by" or "of" ("he began by saying", "she made a point of saying"). The subject is the named
 * person opening the clause, a "he"/"she", else an organisation. Immutable per article. Limits: no parser; the
 * first subject of the window is taken even when a later clause has its own.
 */
final class SharedSubject {

    private final SourcePhrase phrases;
    private final SentenceSubject subjects;

    SharedSubject(SourcePhrase phrases, SentenceSubject subjects) {
        this.phrases = phrases;
        this.subjects = subjects;
    }

    /**
     * The subject the verb at {@code c} in {@code w} shares with its clause; null when the verb is not so placed
     * or the clause opens with no subject.
     */
    Mention of(List<Token> w, int c) {
        if (c < 2) {
            return null;
        }
        boolean joined = w.get(c - 1).is("and") && !w.get(c).norm().endsWith("ing");
        boolean gerund = (w.get(c - 1).is("by") || w.get(c - 1).is("of")) && w.get(c).norm().endsWith("ing");
        if (!(joined || gerund)) {
            return null;
        }
        Attribution a = subjects.of(w.subList(0, c));
        if (a == null || a.source().pronoun() && !a.source().heOrShe()) {
            a = subjects.organization(w.subList(0, c));
        }
        if (a != null) {
            return a.source();
        }
        return openingHeOrShe(w, c, phrases); // "And he made a point of saying …"
    }

    /**
     * "And he made a point of saying …", "She escalated …, telling CNN …": a "he" or "she" opening {@code w}
     * (past at most two conjunctions) and followed by a lower-case word before the verb at {@code c}, as a
     * mention; null when the clause opens otherwise.
     */
    static Mention openingHeOrShe(List<Token> w, int c, SourcePhrase phrases) {
        int s0 = SentenceOpening.pastConjunctions(w);
        boolean pronoun = s0 + 1 < c && (w.get(s0).is("he") || w.get(s0).is("she")) && w.get(s0 + 1).isWord()
                && !w.get(s0 + 1).isCapitalized();
        return pronoun ? phrases.subject(w, s0 + 1, s0) : null;
    }
}
