package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Where a role that ends in an abbreviated title ("Sen.", "Gov.", "Lt.") really starts, and words glued onto it
 * by a lost line break. The words before the abbreviation belong to the role only while they can modify it: a
 * capitalised word ("Vermont Sen."), a title, a singular agent noun ("rival Sen.", "spokesman the Rev."), an
 * ordinal or a word such as "former", "retired", "state". The first other word ends the run: a verb ("brought
 * Sen."), a plural ("candidates Sen.", one person's role is no plural), a preposition ("the endorsement of former
 * U.S. Sen." gives "former U.S. Sen."). A photo credit glued to the next caption word ("Getty
 * ImagesRepublican", "PRESSOhio") is cut at the glue. Stateless.
 *
 * <p>Limits: only roles ending in a listed title abbreviation are trimmed (a spelt-out "the convention senator"
 * is kept); glue is found only after a listed credit word ("Images", "PRESS", "Photo", "AFP", "Reuters").
 */
final class TitleRun {

    private static final Set<String> MODIFIERS = Set.of("former", "retired", "state", "then", "presidential",
            "presumptive", "fellow", "freshman", "longtime", "late", "junior", "senior", "ranking", "acting",
            "interim", "incumbent", "outgoing", "incoming", "top", "republican", "democratic", "federal", "county",
            "city", "district", "deputy", "assistant", "vice", "u.s.", "liberal", "moderate", "veteran");
    /** Photo-credit words a caption runs into when its line break is lost ("Getty ImagesRepublican"). */
    private static final List<String> CREDITS = List.of("Images", "IMAGES", "PRESS", "Press", "Photo", "PHOTO",
            "Photos", "AFP", "Reuters", "REUTERS", "Getty");
    private static final Set<String> PLURAL = Set.of("sens.", "reps.", "govs.", "gens.");

    private TitleRun() {
    }

    /** Where the role starts after the last photo-credit word glued to a capitalised word, or 0. */
    static int afterGlue(String role) {
        int start = 0;
        for (String credit : CREDITS) {
            int at = role.indexOf(credit);
            while (at >= 0) {
                int end = at + credit.length();
                boolean wordStart = at == 0 || !Character.isLetter(role.charAt(at - 1));
                if (wordStart && end + 1 < role.length() && Character.isUpperCase(role.charAt(end))
                        && Character.isLowerCase(role.charAt(end + 1))) {
                    start = Math.max(start, end);
                }
                at = role.indexOf(credit, end);
            }
        }
        return start;
    }

    /** The first word of the role {@code w[s, e)}: {@code s}, or later when it ends in a title run. */
    static int start(List<Token> w, int s, int e) {
        if (e - s < 2 || !abbreviatedTitle(w.get(e - 1))) {
            return s;
        }
        int k = e - 2;
        while (k >= s && modifies(w.get(k), k == e - 2)) {
            k--;
        }
        return k + 1;
    }

    /** "Sen.", "Gov.", "Capt.", "Sens.": a capitalised title abbreviation (not "Jr." or "U.S."). */
    static boolean abbreviatedTitle(Token t) {
        String n = t.norm();
        return t.isCapitalized() && n.endsWith(".") && (Lexicon.isTitle(t) || PLURAL.contains(n));
    }

    private static boolean modifies(Token t, boolean rightBefore) {
        if (!t.isWord()) {
            return false;
        }
        if (t.is("the")) {
            return rightBefore; // "Vatican spokesman the Rev."
        }
        if (Lexicon.isFunctionWord(t)) {
            return false;
        }
        String n = t.norm();
        return t.isCapitalized() || t.isPossessive() || Lexicon.isTitle(t) || MODIFIERS.contains(n) || ordinal(n)
                || RoleWords.agentEnding(n);
    }

    private static boolean ordinal(String n) {
        return Character.isDigit(n.charAt(0)) && (n.endsWith("st") || n.endsWith("nd") || n.endsWith("rd")
                || n.endsWith("th"));
    }
}
