package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;

/**
 * Word-level bounds shared by the source-phrase readers ({@link SourcePhrase}, {@link InvertedSource},
 * {@link AppositiveSource}): where a noun phrase ending at a token starts, which capitalised "Will" / "May" are
 * names, and how to step over a parenthesis group ("(D-Ohio)"). Stateless; every walk is bounded by a small
 * constant, so each call is O(1) in the window size. Limits: no parser; phrase starts are guessed from stop
 * words, determiners and name-token runs.
 */
final class PhraseBounds {

    /** Tokens a noun phrase spans (twice this through a run of name tokens or a cut inside a role). */
    static final int MAX_NP = 10;
    /** Tokens an appositive or role between commas spans. */
    static final int MAX_APPOSITIVE = 20;

    /** Words that end a noun phrase read backwards (or forwards after an inverted verb). */
    static final Set<String> NP_STOP = Set.of("that", "and", "but", "or", "which", "who", "whom", "when",
            "if", "whether", "because", "as", "while", "after", "before", "since", "than", "where", "what", "how", "why",
            "so", "though", "although", "with", "by", "about", "from", "into", "against", "over", "under", "is",
            "was", "were", "are", "be", "been", "has", "had", "have", "not", "it", "this", "there", "here",
            "would", "will", "could", "should", "can", "did", "do", "does", "asked", "speaking", "however",
            "meanwhile", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
            "in", "on", "at", "for", "to", "of", "then", "now", "later", "today", "yesterday", "reporters");

    /** Finite verb forms a modal cannot take: "Will said", "May urges" name a person, "will say" does not. */
    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "spoke", "put", "took");

    private PhraseBounds() {
    }

    /** First index of the noun phrase ending at {@code j} (j + 1 when there is none). */
    static int npStart(List<Token> w, int j, int lo) {
        int k = j + 1;
        while (k - 1 >= lo && (j - k < MAX_NP || k <= j && (cutInside(w.get(k))
                || Lexicon.isNameToken(w.get(k)) && Lexicon.isNameToken(w.get(k - 1)))) && j - k < 2 * MAX_NP) {
            Token t = w.get(k - 1);
            if (!t.isWord()) {
                break;
            }
            if (Lexicon.isDeterminer(t)) {
                k--;
                break;
            }
            if (NP_STOP.contains(t.norm()) && !(Lexicon.isConnector(t) && inRole(w, k - 1, lo))
                    && !capitalizedName(w, k - 1, w.size())
                    && !(k - 1 == j && j + 1 < w.size() && nameBeforeFiniteVerb(w, j, j + 1))) {
                break;
            }
            if (CueLexicon.isCue(t) && !t.isCapitalized() && !ReportingVerb.nounAt(w, k - 1)
                    || pastVerbBeforeName(w, k - 1, j)) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * "… the Review imagined Christie …": a lower-case "-ed" word right before a name is a verb with the name as
     * its object or subject; the phrase does not reach back past it.
     */
    private static boolean pastVerbBeforeName(List<Token> w, int i, int j) {
        Token t = w.get(i);
        String n = t.norm();
        return i + 1 <= j && !t.isCapitalized() && n.endsWith("ed") && n.length() > 4
                && Lexicon.isNameToken(w.get(i + 1));
    }

    /**
     * A word no noun phrase starts with: a long phrase cut there ("… and Ann Marr of …") goes on further back,
     * also through the rest of a name it was cut inside ("Jo | Lee and …").
     */
    private static boolean cutInside(Token t) {
        return t.is("and") || t.is("of") || t.is("for") || t.is("at") || t.is("from");
    }

    /** A connector inside a capitalised role ("Ambassador to NATO", "Secretary of State"). */
    private static boolean inRole(List<Token> w, int i, int lo) {
        return i - 1 >= lo && i + 1 < w.size() && w.get(i + 1).isCapitalized()
                && (w.get(i - 1).isCapitalized() || Lexicon.isTitle(w.get(i - 1)));
    }

    /**
     * "Citing the figures, Will urged …", "May said": a capitalised "Will" or "May" right before a finite
     * (past or third-person) verb is a name, not the modal, which is followed by a bare verb ("will say").
     */
    static boolean nameBeforeFiniteVerb(List<Token> w, int j, int c) {
        Token t = w.get(j);
        if (j != c - 1 || !t.isCapitalized() || !(t.is("will") || t.is("may"))) {
            return false;
        }
        String v = w.get(c).norm();
        return v.endsWith("ed") || v.endsWith("s") || IRREGULAR_PAST.contains(v);
    }

    /**
     * "Will Doyle", "May Lee": a capitalised word that is otherwise a stop word, followed by a name; or such a word
     * right after a listed given name, as its surname ("Al From", "Jo Will", "Ann May").
     */
    static boolean capitalizedName(List<Token> w, int e, int hi) {
        Token t = w.get(e);
        return (t.is("will") || t.is("may")) && t.isCapitalized() && e + 1 < hi
                && Lexicon.isNameToken(w.get(e + 1)) || surnameAfterGivenName(w, e, hi);
    }

    /**
     * "said Al From, who …": a capitalised stop word right after a listed given name, inside a sentence, is the
     * surname when punctuation or a cue follows it ("Al From said"). Not in a title-case run ("Trump Tells Ann
     * To Quit"): the word before the given name is no capitalised word (a title such as "Sen." aside).
     */
    private static boolean surnameAfterGivenName(List<Token> w, int e, int hi) {
        Token t = w.get(e);
        if (e < 1 || !t.isWord() || !t.isCapitalized() || t.text().length() < 2 || t.text().endsWith(".")) {
            return false;
        }
        Token given = w.get(e - 1);
        if (!given.isWord() || !given.isCapitalized() || !Gender.isFirstName(given.norm())
                || given.end() + 1 != t.start()) {
            return false;
        }
        if (e + 1 < hi && w.get(e + 1).isWord() && !CueLexicon.isCue(w.get(e + 1))) {
            return false; // "Jo From the Ohio office", "Ann To Quit": a preposition before its object
        }
        if (e - 2 < 0) {
            return false;
        }
        Token before = w.get(e - 2);
        return !(before.isWord() && before.isCapitalized() && !Lexicon.isTitle(before));
    }

    /** Before "Sen. Marco Rubio (R-Fla.) said": the index just before a closing parenthesis group. */
    static int skipParenthesis(List<Token> w, int j, int lo) {
        if (j < lo || !w.get(j).text().equals(")")) { // j < lo: nothing before the comma (",““, said")
            return j;
        }
        for (int k = j - 1; k >= lo && j - k <= 8; k--) {
            if (w.get(k).text().equals("(")) {
                return k - 1;
            }
        }
        return j;
    }

    /** The index after a parenthesis group opening at {@code e} ("(D-Ohio)"), or {@code e} when unclosed. */
    static int skipParenthesisForward(List<Token> w, int e, int hi) {
        for (int k = e + 1; k < hi && k - e <= 8; k++) {
            if (w.get(k).text().equals(")")) {
                return k + 1;
            }
        }
        return e;
    }

    /** Whether every token of {@code seg} is a name token or a full stop ("Jo A. Lee"). */
    static boolean allNameTokens(List<Token> seg) {
        for (Token t : seg) {
            if (!(Lexicon.isNameToken(t) || t.text().equals("."))) {
                return false;
            }
        }
        return true;
    }

    /** The end of a run of at most four name tokens or full stops starting at {@code from} ("Jo A. Lee"). */
    static int nameRunEnd(List<Token> w, int from, int hi) {
        int n = from;
        while (n < hi && n - from < 4 && (Lexicon.isNameToken(w.get(n)) || w.get(n).text().equals("."))) {
            n++;
        }
        return n;
    }

    /** Whether {@code t} is a single punctuation character among {@code chars}. */
    static boolean isPunct(Token t, String chars) {
        return t.text().length() == 1 && chars.indexOf(t.text().charAt(0)) >= 0;
    }
}
