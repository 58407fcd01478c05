package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.text.Determiners;

/**
 * Whether a source name ends in an adjective whose noun was cut off, as when the source finder stops right
 * before a noun cue ("a diplomatic [push]", "its recent [report]", "part of a broader [plan]", "The first [man]"):
 * the last word has an ending only adjectives have ("-ical", "-ous", "-ntial", "-ional", "-ancial", "-ernal",
 * "-ental", "-ic", "-ive"), other than listed nouns with such endings ("public", "critic", "executive",
 * "representative", "professional"), or is a listed comparative, superlative, ordinal or time adjective
 * ("broader", "latest", "first", "recent", "same", "new", "major"). Such a name is no one's; the sieve keeps the mention without a
 * name. Limits: English word endings and short lists, not a tagger: a noun missing from the lists ("a
 * mechanic") is taken for an adjective; an adjective with another ending ("a huge") passes.
 */
final class CutModifier {

    private static final String[] ADJECTIVE_ENDINGS = {"ical", "ous", "ntial", "ional", "ancial", "ernal", "ental",
        "ic", "ive"};
    /** Nouns with an adjective's ending that name people, groups or things that speak. */
    private static final Set<String> NOUNS = Set.of("public", "cleric", "music", "topic", "tactic", "critic", "magic",
            "clinic", "republic", "traffic", "rhetoric", "skeptic", "comic", "mechanic", "logic", "fabric", "epic",
            "arithmetic", "diagnostic", "executive", "representative", "native", "initiative", "offensive",
            "conservative", "progressive", "relative", "detective", "directive", "objective", "incentive",
            "alternative", "collective", "narrative", "archive", "motive", "operative", "explosive", "perspective",
            "captive", "fugitive", "professional", "rental");
    /** Comparatives, superlatives, ordinals and time adjectives with no noun of their own. */
    private static final Set<String> LISTED = Set.of("broader", "larger", "smaller", "greater", "bigger", "wider",
            "tougher", "stronger", "better", "worse", "best", "biggest", "latest", "largest", "greatest", "worst",
            "first", "next", "same", "recent", "current", "frequent", "violent", "apparent",
            "persistent", "fervent", "prominent", "urgent", "fiscal", "legal", "rural", "political", "modest");

    /** Short adjectives that never end a source: "The new", "a major", "the only". */
    private static final Set<String> SHORT = Set.of("new", "big", "huge", "major", "main", "key", "only",
            "whole", "entire", "top", "full");

    private CutModifier() {
    }

    /** Whether the last word of {@code name} (words split by spaces) is an adjective with no noun after it. */
    static boolean endsInModifier(String name) {
        String trimmed = name.trim();
        String last = CommonWord.bare(trimmed.substring(trimmed.lastIndexOf(' ') + 1));
        if (LISTED.contains(last) || SHORT.contains(last)) {
            return true;
        }
        if (last.length() < 4 || !CommonWord.letters(last) || NOUNS.contains(last)) {
            return false;
        }
        for (String e : ADJECTIVE_ENDINGS) {
            if (last.endsWith(e) && last.length() > e.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} opens with an article or possessive ("The Democratic", "her previous"). */
    static boolean opensWithDeterminer(String name) {
        String t = name.trim();
        int sp = t.indexOf(' ');
        String first = (sp < 0 ? t : t.substring(0, sp)).toLowerCase(Locale.ROOT);
        return Determiners.ARTICLES_AND_POSSESSIVES.contains(first);
    }
}
