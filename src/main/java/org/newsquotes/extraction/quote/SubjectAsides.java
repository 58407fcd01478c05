package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;

/**
 * What may stand between a sentence's named subject and its verb, for {@link SentenceSubject}: a party tag in
 * parentheses ("(D-Nev.)"), an affiliation ("of West Virginia"), one short aside or appositive between commas
 * (", in particular,", ", a medical doctor,", ", who was elected in 2010,") or between dashes. Limits: one aside
 * only, each within a few tokens.
 */
final class SubjectAsides {

    /** How far the comma closing a relative clause may stand: "Jo Lee, who was elected in 2010, casts …". */
    private static final int RELATIVE_REACH = 14;

    private SubjectAsides() {
    }

    /**
     * After a name ending at {@code e}: past a party tag in parentheses ("(D-Nev.)"), an affiliation ("of West
     * Virginia", "of the Sierra Club") and one short aside or appositive between commas (", in particular,",
     * ", a medical doctor,"); {@code e} when
     * none of these follows.
     */
    static int pastAsides(List<Token> b, int e) {
        int v = pastParenthesis(b, e);
        v = pastAffiliation(b, v);
        if (v < b.size() && b.get(v).text().equals(",") && v + 1 < b.size()) {
            return pastCommaAside(b, v);
        }
        if (v + 2 < b.size() && isAsideDash(b.get(v)) && b.get(v + 1).isWord()
                && !b.get(v + 1).isCapitalized()) {
            int k = v + 1;
            while (k < b.size() && k - v <= 10 && !isAsideDash(b.get(k))) {
                k++;
            }
            return k < b.size() && isAsideDash(b.get(k)) ? k + 1 : v;
        }
        return v;
    }

    /** Past "(D-Nev.)" of at most six tokens at {@code e}; {@code e} when there is none. */
    private static int pastParenthesis(List<Token> b, int e) {
        if (e < b.size() && b.get(e).text().equals("(")) {
            int k = e + 1;
            while (k < b.size() && k - e <= 6 && !b.get(k).text().equals(")")) {
                k++;
            }
            return k < b.size() && b.get(k).text().equals(")") ? k + 1 : e;
        }
        return e;
    }

    /** Past "of West Virginia", "from the Sierra Club" (up to four capitalised words); {@code v} otherwise. */
    private static int pastAffiliation(List<Token> b, int v) {
        if (v + 1 < b.size() && (b.get(v).is("of") || b.get(v).is("from"))) {
            int k = v + 1;
            if (b.get(k).is("the")) {
                k++;
            }
            int r = k;
            while (r < b.size() && r - k < 4 && b.get(r).isWord() && b.get(r).isCapitalized()) {
                r++;
            }
            return r > k ? r : v;
        }
        return v;
    }

    /** Past ", in particular,", ", a doctor,", ", who …," opening at the comma {@code v}; {@code v} otherwise. */
    private static int pastCommaAside(List<Token> b, int v) {
        Token first = b.get(v + 1);
        boolean owner = possessiveName(first);
        boolean appositive = first.is("a") || first.is("an") || first.is("the") || owner;
        boolean relative = first.is("who");
        int k = v + 1;
        while (k < b.size() && k - v <= (relative ? RELATIVE_REACH : appositive ? 8 : 4)
                && !b.get(k).text().equals(",")) {
            k++;
        }
        boolean aside = k < b.size() && b.get(k).text().equals(",") && k > v + 1
                && first.isWord() && (!first.isCapitalized() || owner)
                && (appositive || !Lexicon.isDeterminer(first))
                && (relative || !first.is("who") && !first.is("which"));
        return aside ? k + 1 : v;
    }

    /** "Jo Lee, Sam's father, said": a capitalised possessive opening an appositive. */
    private static boolean possessiveName(Token t) {
        String w = t.text();
        return t.isWord() && t.isCapitalized() && (w.endsWith("'s") || w.endsWith("’s"));
    }

    private static boolean isAsideDash(Token t) {
        return t.text().equals("—") || t.text().equals("–") || t.text().equals("--");
    }
}
