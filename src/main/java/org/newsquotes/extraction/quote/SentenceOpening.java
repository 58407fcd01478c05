package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.WordSet;

/**
 * Where the main clause of a sentence starts, for {@link SentenceSubject}: past an introductory phrase closed by
 * a comma ("On Monday, Lee …", "Speaking at a town hall in Salem, Ohio, Lee …"), and which opening words are
 * conjunctions or introducers rather than a subject. Reads only the first tokens of the window.
 */
final class SentenceOpening {

    private static final int INTRO_REACH = 8;
    private static final int DATELINE_REACH = 10;
    /** How far the comma closing an introductory clause may stand when the sentence opens with "As", "When" …. */
    static final int LONG_INTRO_REACH = 30;

    private static final WordSet INTRODUCERS = WordSet.of("as", "when", "while", "after",
            "before", "since", "although", "though", "if", "because", "despite", "in", "on", "at", "during", "with",
            "following", "amid", "for", "by", "from", "until", "once", "unlike", "like");

    /**
     * Conjunctions and adverbs opening a sentence before its subject: "But Jo Lee said …", "And then Lee …", "And even
     * Lee …".
     */
    private static final WordSet CONJUNCTIONS = WordSet.of("but", "and", "so", "yet", "still",
            "then", "now", "later", "even");

    private SentenceOpening() {
    }

    /** Whether {@code t} is a subordinator or preposition that opens an introductory phrase ("As", "During"). */
    static boolean isIntroducer(Token t) {
        return INTRODUCERS.contains(t.norm());
    }

    /** The index past at most two opening conjunctions or adverbs ("But then Lee …" gives 2). */
    static int pastConjunctions(List<Token> b) {
        int s0 = 0;
        while (s0 < b.size() && s0 < 2 && CONJUNCTIONS.contains(b.get(s0).norm())) {
            s0++;
        }
        return s0;
    }

    /**
     * Where the main clause starts: after a dateline ({@link #pastDateline}), after the comma closing an
     * introductory phrase, else 0. The comma may be
     * the last character inside a quote left out of the window ("While Lee calls it a “fine plan,” Okafor …").
     */
    static int clauseStart(String text, List<Token> b) {
        int dateline = pastDateline(b);
        if (dateline > 0) {
            return dateline;
        }
        int reach = longIntro(b) ? LONG_INTRO_REACH : INTRO_REACH;
        for (int k = 0; k < b.size() && k < reach; k++) {
            if (b.get(k).text().equals(",")) {
                return k + 1;
            }
            if (k > 0 && quotedCommaBetween(text, b.get(k - 1), b.get(k))) {
                return k;
            }
        }
        return 0;
    }

    /**
     * "PHILADELPHIA, July 25 (UPI) — The committee …", "YORK, Pa. - Judge Lee …": the index after the dash
     * closing a dateline (a place written in capitals, then a comma, a parenthesis or the dash, the dash
     * within a few tokens); 0 when the window opens otherwise.
     */
    static int pastDateline(List<Token> b) {
        if (b.size() < 3 || !b.get(0).isWord() || !allCapitals(b.get(0).text())) {
            return 0;
        }
        String next = b.get(1).text();
        if (!(next.equals(",") || next.equals("(") || b.get(1).isWord() && allCapitals(next))) {
            return 0; // "GOP front-runner Jo Lee - who …": an acronym opening a subject
        }
        for (int k = 1; k < b.size() - 1 && k <= DATELINE_REACH; k++) {
            String t = b.get(k).text();
            if (t.equals("—") || t.equals("–") || t.equals("-") || t.equals("--")) {
                return k + 1;
            }
            if (t.equals(".") && k + 1 < b.size() && b.get(k + 1).isCapitalized() && k > 3) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean allCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 3;
    }

    /** Whether the text between two window tokens holds a quote closed right after a comma: ",”" or ",\"". */
    static boolean quotedCommaBetween(String text, Token a, Token b) {
        if (b.start() - a.end() < 3) {
            return false;
        }
        String gap = text.substring(a.end(), b.start()).stripTrailing();
        return gap.endsWith(",”") || gap.endsWith(",\"") || gap.endsWith(",’") || gap.endsWith(",'");
    }

    /**
     * The sentence opens with an introductory phrase that may run long and hold commas of its own: a
     * subordinator or preposition ("As …", "In …"), a participle ("Speaking at a town hall in Salem, Ohio,
     * Lee went …") or an infinitive, past opening conjunctions ("But to give you a sense of the mood, Lee …").
     */
    static boolean longIntro(List<Token> b) {
        if (b.isEmpty()) {
            return false;
        }
        String w = b.get(0).norm();
        int s0 = pastConjunctions(b);
        return INTRODUCERS.contains(w) || b.get(0).isCapitalized() && w.length() > 5 && w.endsWith("ing")
                || s0 + 1 < b.size() && b.get(s0).is("to") && !b.get(s0 + 1).isCapitalized();
    }
}
