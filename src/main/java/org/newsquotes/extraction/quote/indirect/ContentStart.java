package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Where a content starts, past words next to the cue that belong to the cue, not to what was said: a date
 * ("said on Friday she ..."), a setting ("said in a radio interview she ..."), the hearer ("spoke to the
 * pilots about X": no content of the cue) and, before a trailing cue, an opening adverbial ("In May, the
 * port closed, she said"). Without parts of speech a clause is recognised by a subject pronoun and a
 * verb-like word after it only. Stateless; linear in the tokens looked at.
 */
final class ContentStart {

    private ContentStart() {
    }

    /** Words that open a date before a time word: "on Friday", "last week", "earlier this month". */
    static final WordSet DATE_OPENERS = WordSet.of("on", "last", "this", "next", "early", "late", "earlier", "later");

    /**
     * {@code from} past a date right after the cue ("said Tuesday the port ...", "said on Friday he ...",
     * "said last week the ..."), when a content follows it; {@code from} itself otherwise.
     */
    static int skipDate(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && DATE_OPENERS.contains(t.get(k).norm()) && k - from < 2) {
            k++;
        }
        if (k >= t.size() || !Words.TIME.contains(t.get(k).norm())) {
            return from;
        }
        k++;
        while (k < t.size() && (Words.TIME.contains(t.get(k).norm()) || t.get(k).is(','))) {
            k++;    // "Tuesday night", "Friday, "
        }
        return k + 1 < t.size() && t.get(k).word() && !Words.PREPOSITIONS.contains(t.get(k).norm()) ? k : from;
    }

    /** Prepositions of a setting between a cue and its clause: "said in a statement the ...", "said at a rally he ...". */
    static final WordSet SETTING = WordSet.of("in", "at", "during", "on");

    /** Subject pronouns that open the reported clause after a setting. */
    static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "it", "there");

    /**
     * {@code from} past a short setting ("in a statement", "at a rally in Ohio", "on Fox News") when a clause
     * with a subject pronoun and a finite verb follows it ("said in an interview he would run"); {@code from}
     * otherwise.
     */
    static int skipSetting(List<Token> t, int from) {
        if (from >= t.size() || !SETTING.contains(t.get(from).norm())) {
            return from;
        }
        for (int k = from + 2; k < t.size() && k - from <= ContentBounds.MAX_PHRASE; k++) {
            Token tok = t.get(k);
            if (!tok.word()) {
                return from;
            }
            if (SUBJECT_PRONOUNS.contains(tok.norm()) && k + 1 < t.size() && finiteAt(t, k + 1)) {
                return k;
            }
        }
        return from;
    }

    /** True when the word at {@code k} is a finite auxiliary or a past-tense or present verb form. */
    private static boolean finiteAt(List<Token> t, int k) {
        String w = t.get(k).norm();
        return Words.FINITE.contains(w) || w.endsWith("n't") || w.endsWith("ed") || w.equals("had") || w.endsWith("s");
    }

    /**
     * True when the content would open with the hearer ("spoke to Fox News about X", "talked to her"): "to"
     * before a name, determiner or object pronoun. No content of the cue; a topic after it is read by
     * {@link TopicPhrase}.
     */
    static boolean hearer(List<Token> t, int from) {
        if (!t.get(from).is("to") || from + 1 >= t.size() || !t.get(from + 1).word()) {
            return false;
        }
        Token next = t.get(from + 1);
        return next.capitalized() || HEARERS.contains(next.norm());
    }

    private static final WordSet HEARERS = WordSet.of("the", "a", "an", "him", "her", "them",
            "me", "us", "you", "reporters", "his", "their", "supporters", "voters");

    /**
     * Start of the clause after an opening adverbial ("In 2008, the port closed, she said": "the port closed"):
     * the token after the first comma when {@code [from, to)} opens with an adverbial word and at least three
     * tokens follow that comma; {@code from} otherwise.
     */
    static int afterOpeningAdverbial(List<Token> t, int from, int to) {
        if (from >= to || !Words.ADVERBIAL_OPENERS.contains(t.get(from).norm())) {
            return from;
        }
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).is(',')) {
                return to - (k + 1) >= 3 ? k + 1 : from;
            }
        }
        return from;
    }
}
