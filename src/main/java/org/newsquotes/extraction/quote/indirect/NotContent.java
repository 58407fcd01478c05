package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Object phrases right after a cue that name the cue's circumstance, not what was said: the medium after
 * "on" ("said on Twitter", "posted on social media"), a bare date ("said last week."), and the reflexive
 * or "ways" after "found" ("found himself in", "found ways to press") and
 * "pledged delegates" (an adjective), and "anonymity" ("spoke on condition of anonymity", "requested
 * anonymity": how the source spoke). Measured on the PolNeAR train split,
 * such readings were wrong about three times in four. Limits: word lists only; a medium that is itself
 * the topic ("attacks on Twitter" the company) is lost.
 */
final class NotContent {

    /** Platforms and channels that are where something was said. */
    static final WordSet MEDIA = WordSet.of("twitter", "facebook", "instagram", "youtube", "snapchat", "tumblr",
            "reddit", "linkedin", "television", "tv", "radio", "air", "camera", "video", "media", "website", "blog",
            "podcast", "stage", "twitter.", "facebook.");

    /** Words after "found"/"finds" that do not open a finding ("found himself", "found ways to"). */
    static final WordSet NOT_FOUND = WordSet.of("himself", "herself", "itself", "themselves", "myself", "ourselves",
            "yourself", "ways", "way", "time");

    static final WordSet FIND = WordSet.of("found", "find", "finds", "finding");

    private NotContent() {
    }

    /** True when the content {@code [from, to)} read off the cue at {@code cue} is no reported speech. */
    static boolean circumstance(List<Token> t, int cue, int from, int to) {
        if (from >= to || from >= t.size()) {
            return false;
        }
        String c = t.get(cue).norm();
        return medium(t, from, to) || bareDate(t, from, to)
                || FIND.contains(c) && NOT_FOUND.contains(t.get(from).norm())
                || c.equals("pledged") && t.get(from).is("delegates") || anonymity(t, from, to);
    }

    /** "anonymity" or "(the) condition | of anonymity": the terms on which the source spoke. */
    static boolean anonymity(List<Token> t, int from, int to) {
        return to - from == 1 && t.get(from).is("anonymity") || to - from <= 2 && t.get(to - 1).is("condition")
                && to + 1 < t.size() && t.get(to).is("of") && t.get(to + 1).is("anonymity");
    }


    /** "on (the) Twitter", "on social media": at most three words after "on", the last a medium. */
    static boolean medium(List<Token> t, int from, int to) {
        return from > 0 && t.get(from - 1).is("on") && to - from <= 3 && MEDIA.contains(t.get(to - 1).norm());
    }

    /** "last", "this" or "next" right before a time word: a date, not an object. */
    static boolean bareDate(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && ContentStart.DATE_OPENERS.contains(t.get(k).norm())) {
            k++;
        }
        return k > from && (k == to || k + 1 == to && Words.TIME.contains(t.get(k).norm()))
                && (to >= t.size() || !t.get(to).word() || Words.TIME.contains(t.get(to).norm()));
    }
}
