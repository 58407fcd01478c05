package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.text.Determiners;

/**
 * Whether a source name as written opens with a verb, so that it is the rest of a clause whose subject came
 * before it rather than a noun phrase: a lower-case past form followed by a preposition, particle, determiner or
 * adverb ("weighed in on the claims", "spent much of her term", "compared with 23 percent", "responded late
 * Friday"), an "-ly" adverb then a past form, unless the phrase ends in a plural head ("quickly accused Lee of
 * lying"; "closely watched county officials" stays), or an "-ing" form followed by a preposition other than
 * "of", a determiner or a number ("Speaking on radio", "taking 18 of 25 seats", "Regarding the levy"; "Polling
 * of farm voters" stays, and so does "Leading Democrats"). Such a phrase names no one: the sieve keeps the
 * mention without a name. Limits: "-ed" and "-ing" shapes plus {@link PastVerb}'s irregular forms; a source
 * phrase that truly opens with a participle and a preposition ("born in Tarn") is lost too, which is rare for
 * a speaker.
 */
final class VerbLedPhrase {

    /** Words that follow a verb but never an adjective before its noun. */
    private static final Set<String> AFTER_VERB = Set.of("in", "on", "with", "at", "for", "into", "from", "to",
            "about", "over", "by", "of", "after", "before", "during", "through", "against", "across", "toward",
            "towards", "under", "off", "up", "out", "back", "down", "late", "early", "much", "more", "most");
    /** The same after an "-ing" form, less "of" ("Polling of voters" is a noun). */
    private static final Set<String> AFTER_ING = Set.of("in", "on", "with", "at", "for", "into", "from", "to",
            "about", "over", "by", "after", "off", "up", "out", "back", "down");

    private VerbLedPhrase() {
    }

    /** Whether {@code name} (words split by spaces) opens with a verb rather than a noun phrase. */
    static boolean verbLed(String name) {
        String[] w = name.trim().split(" ");
        if (w.length < 2) {
            return false;
        }
        String first = w[0];
        String next = w[1];
        if (lower(first) && PastVerb.pastForm(first)) {
            return AFTER_VERB.contains(next) || Determiners.ARTICLES_AND_POSSESSIVES.contains(next) || adverb(next);
        }
        if (lower(first) && adverb(first) && lower(next) && PastVerb.pastForm(next)) {
            String last = w[w.length - 1];
            return !(last.endsWith("s") && !last.endsWith("ss"));
        }
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        if (lowerFirst.length() > 5 && lowerFirst.endsWith("ing") && lower(lowerFirst)) {
            return AFTER_ING.contains(next) || Determiners.ARTICLES_AND_POSSESSIVES.contains(next)
                    || !next.isEmpty() && Character.isDigit(next.charAt(0));
        }
        return false;
    }

    private static boolean adverb(String word) {
        return word.length() > 4 && word.endsWith("ly") && lower(word);
    }

    private static boolean lower(String word) {
        return CommonWord.lowerWord(word, "-");
    }
}
