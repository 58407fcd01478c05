package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Word-level edges of a content that {@link ContentBounds} checks: a pronoun that is a whole object ("explained
 * it | in the past"), a score after a name ("favored Ruiz | 51 percent"), a contracted subject that opens a
 * clause ("she'd"), and an adjunct or dated setting that ends a content clause ("| compared to ...", "| on
 * Tuesday at a rally"). Without parts of speech these are word lists and the word next to them only, so a
 * pronoun before a noun ("called him a liar") and a figure after a determiner ("the 2016 race") are left
 * inside. Stateless; constant work per call.
 */
final class PhraseEdges {

    private PhraseEdges() {
    }

    /** Words that open an adjunct after a content clause ("61 percent said X | compared to 38 percent who ..."). */
    static final WordSet ADJUNCT_OPENERS = WordSet.of("compared", "including", "following", "unlike", "instead");

    /** How many tokens a clause needs before an adjunct may end it. */
    static final int MIN_BEFORE_ADJUNCT = 3;

    /** A contracted subject pronoun ("she'd", "they're", "he's"): a clause, not a noun phrase. */
    static boolean contractedSubject(String norm) {
        int apostrophe = norm.indexOf('\'');
        return apostrophe > 0 && ContentStart.SUBJECT_PRONOUNS.contains(norm.substring(0, apostrophe));
    }

    /** Object pronouns that are a whole object phrase ("explained it | in the past", "praised them | twice"). */
    static final WordSet OBJECT_PRONOUNS = WordSet.of("it", "this", "them", "him", "himself", "herself", "themselves",
            "itself", "us", "me");

    /**
     * True when "it" or "this" at {@code from} is the whole object, not a subject: a preposition, time word
     * or "-ly" adverb follows it ("explained this | in the past", "praised it | warmly").
     */
    static boolean pronounObject(List<Token> t, int from, int end) {
        return from + 1 < end && (t.get(from).is("it") || t.get(from).is("this")) && t.get(from + 1).word()
                && !t.get(from + 1).is("on") && pronounAlone(t, from, end);
    }

    /**
     * True when the pronoun at {@code from} stands alone: the end, a mark, a preposition, time word or "-ly"
     * adverb follows it, not a noun ("called him a liar", "this plan").
     */
    static boolean pronounAlone(List<Token> t, int from, int end) {
        if (from + 1 >= end || !t.get(from + 1).word()) {
            return true;
        }
        String next = t.get(from + 1).norm();
        return Words.PHRASE_STOP.contains(next) && !next.equals("that") || ContentBounds.MORE_STOPS.contains(next)
                || Words.TIME.contains(next) || next.length() > 4 && next.endsWith("ly");
    }

    /** A figure right after a name ("favored Ruiz | 51 percent to 40"): a score, not part of the object. */
    static boolean figureAfterName(List<Token> t, int k) {
        Token prev = t.get(k - 1);
        return Character.isDigit(t.get(k).norm().charAt(0)) && prev.word() && prev.capitalized()
                && !Words.DETERMINERS.contains(prev.norm());
    }

    /** "on Wednesday at a rally", "on Friday in Ohio": a date and setting of the cue after its content. */
    static boolean datedSetting(List<Token> t, int k) {
        return k + 2 < t.size() && (t.get(k).is("on") && Words.TIME.contains(t.get(k + 1).norm())
                && ContentStart.SETTING.contains(t.get(k + 2).norm()));
    }

    /** True when the word at {@code k} opens an adjunct or a dated setting after a content clause. */
    static boolean adjunct(List<Token> t, int k) {
        return ADJUNCT_OPENERS.contains(t.get(k).norm()) || datedSetting(t, k);
    }
}
