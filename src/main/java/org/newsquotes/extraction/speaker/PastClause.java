package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;

/**
 * A clause in the past tense caught at the head of a role, for {@link RoleText}: a passive opener ("led by
 * campaign manager" before the name gives "campaign manager") or a capitalised subject and its verb ("Lund
 * praised evangelist" gives "evangelist"; "Farm Watch noted Farm Institute director" gives "Farm Institute
 * director"). The role starts after the clause when what follows is a bare title run; a passive opener before
 * anything else leaves no role ("excoriated by critics for …"). Stateless.
 *
 * <p>Limits: a past form is a lower-case word of five letters or more in "-ed" (not "-eed", no hyphen:
 * "Harvard-educated" is an adjective); only words before the role's first comma are looked at; a subject is a
 * capitalised word that is neither a title ("Gov. appointed" is left alone) nor an owner ("Lund's fired
 * aide" keeps its owner).
 */
final class PastClause {

    private PastClause() {
    }

    /** Where the role starts once a past clause at its head is passed over; {@code s} when there is none. */
    static int skip(List<Token> w, int s, int e) {
        if (s + 2 < e && past(w.get(s), 3) && w.get(s + 1).is("by") && w.get(s + 2).isWord()) {
            return titleWords(w, s + 2, e) ? s + 2 : e;
        }
        for (int i = s + 1; i + 1 < e; i++) {
            Token t = w.get(i);
            if (t.text().equals(",")) {
                return s;
            }
            Token subject = w.get(i - 1);
            if (past(t, 5) && subject.isWord() && subject.isCapitalized() && !subject.isPossessive()
                    && !Lexicon.isTitle(subject) && titleWords(w, i + 1, e)) {
                return i + 1;
            }
        }
        return s;
    }

    private static boolean past(Token t, int min) {
        String n = t.norm();
        return t.isWord() && !t.isCapitalized() && n.length() >= min && n.endsWith("ed") && !n.endsWith("eed")
                && n.indexOf('-') < 0;
    }

    /** Words [a, e) are a bare title run: words only, none a function word or pronoun. */
    private static boolean titleWords(List<Token> w, int a, int e) {
        for (int k = a; k < e; k++) {
            if (!w.get(k).isWord() || Lexicon.isFunctionWord(w.get(k)) || Lexicon.isPronoun(w.get(k))) {
                return false;
            }
        }
        return a < e;
    }
}
