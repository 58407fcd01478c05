package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A manner adverb right after a cue ("responded angrily to X", "wrote bluntly that X", "looking forward to X",
 * "remembered fondly"): how something was said, not what. The content starts after it; an adverb that ends
 * the clause leaves the cue without content. Recognised by the "-ly" ending (less a list of adjectives and
 * nouns such as "early", "family", "rally") and four direction and order words; a degree word before a figure
 * ("nearly 400 jobs") opens the content. Measured on PolNeAR train: such adverbs were the whole content of
 * about 20 wrong readings. Limits: word shape only, so a rare "-ly" noun not listed is skipped too.
 * Stateless; constant work per call.
 */
final class MannerAdverb {

    /** Words ending in "-ly" that are no manner adverb: adjectives and nouns ("said early voting", "told the rally"). */
    static final WordSet NOT_MANNER = WordSet.of("only", "likely", "unlikely", "early", "daily", "weekly", "monthly",
            "yearly", "quarterly", "friendly", "costly", "elderly", "deadly", "family", "rally", "assembly", "supply",
            "reply", "july", "italy", "ally", "bully", "anomaly", "monopoly", "holy", "ugly", "lonely", "lovely", "silly",
            "timely", "orderly");

    /** Adverbs of direction and order that are no content either: "looking forward to X", "responded first". */
    static final WordSet MANNER = WordSet.of("forward", "instead", "again", "first");

    private MannerAdverb() {
    }

    /**
     * {@code k} past a manner adverb and the commas or colon after it; {@code t.size()} when the adverb ends
     * the clause ("responded enthusiastically."); {@code k} itself when there is no manner adverb.
     */
    static int skip(List<Token> t, int k) {
        if (k >= t.size() || !at(t, k)) {
            return k;
        }
        int next = k + 1;
        if (next >= t.size() || !t.get(next).word() && !t.get(next).is(',') && !t.get(next).is(':')) {
            return t.size();
        }
        while (next < t.size() && (t.get(next).is(',') || t.get(next).is(':'))) {
            next++;
        }
        return next;
    }

    /** True for a manner adverb at {@code k}, not a degree word before a figure ("nearly $1 billion"). */
    static boolean at(List<Token> t, int k) {
        String w = t.get(k).norm();
        if (MANNER.contains(w)) {
            return true;
        }
        boolean figure = k + 1 < t.size() && (Character.isDigit(t.get(k + 1).norm().charAt(0)) || t.get(k + 1).is('$'));
        return w.length() > 4 && w.endsWith("ly") && !NOT_MANNER.contains(w) && !figure;
    }
}
