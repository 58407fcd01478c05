package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * "Jo Lee met President Sam Ortiz, who vowed …", "Later, Ann Marr praised pastor Sam Ortiz, who said …": the
 * antecedent of a relative word is the object of the clause before it, not the whole clause. For
 * {@link SourceFinder}: where the phrase starts once a lower-case verb right after a capitalised word is
 * stepped over (the last one, when the phrase holds several), and then a preposition after it ("compared Ann
 * Marr to Gov. Sam Ortiz"; not "of": "met the head of the Farm Union"). Not a hyphenated word or one after a
 * possessive ("Tarn's poll-based"). Only when the phrase ends in a capitalised word,
 * so "officials who met the mayor" is left alone. Stateless. Limits: verbs are past forms in "-ed" and a short
 * list of irregular or object-taking ones ("met", "told", "asked", "urged"); a present form ("meets") is not.
 */
final class VerbObjectHead {

    /** Irregular past forms that take a person as object. */
    private static final WordSet IRREGULAR = WordSet.of("met", "told", "saw", "hit", "beat", "sent", "thanked",
            "backed", "fought", "taught", "caught", "brought", "became", "chose", "drew");

    /** Prepositions after such a verb whose object is the antecedent ("lined up with Sam Ortiz"); not "of". */
    private static final WordSet OBJECT_PREPOSITIONS = WordSet.of("to", "with", "up", "into", "against",
            "alongside", "for", "by", "on", "over");

    private VerbObjectHead() {
    }

    /** The start of the object phrase inside {@code [start, last]}, or {@code start} when no verb cuts it. */
    static int start(List<Token> t, int start, int last) {
        if (!t.get(last).capitalized()) {
            return start;
        }
        int s = start;
        for (int k = Math.max(start, 1); k < last; k++) {
            Token before = t.get(k - 1);
            if (verb(t.get(k)) && before.word() && before.capitalized() && !before.norm().endsWith("'s")) {
                s = k + 1;
            }
        }
        for (int k = s; s > start && k < last; k++) {
            if (t.get(k).word() && OBJECT_PREPOSITIONS.contains(t.get(k).norm())) {
                s = k + 1; // "compared Ann Marr to Gov. Sam Ortiz", "lined up with Sam Ortiz"
            }
        }
        return s;
    }

    private static boolean verb(Token w) {
        String n = w.norm();
        return w.word() && !w.capitalized() && n.indexOf('-') < 0 && (n.endsWith("ed") && n.length() > 4
                || IRREGULAR.contains(n) || Words.OBJECT_VERBS.contains(n));
    }
}
