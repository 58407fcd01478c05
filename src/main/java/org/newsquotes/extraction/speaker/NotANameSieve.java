package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * Rejects one-word "names" that are capitalised ordinary words rather than people ("Following …",
 * "Fundraising …", "September …", "Two …", "Friday’s …"), so they neither become a speaker nor a pronoun
 * antecedent. A one-word person mention with no role and no full name in the article is rejected when it
 * is a month, weekday, number or determiner word ("Every"), a sentence adverb ("Hastily") or a possessive
 * ("That’s"): the quote then keeps the mention but no
 * name. A word the article also writes in lower case ("Protesters", "Several"), or a quantifier ("Another", "Others"), is kept as written but as a
 * group or anonymous source, never a person. Limits: a real surname that is also a common word ("Rice",
 * "Brown") written alone, without a full name in the article, is lost too.
 */
public final class NotANameSieve implements SpeakerSieve {

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "this", "that", "these", "those", "there", "here",
            "what", "when", "after", "before", "then", "given", "beyond", "nearly", "good", "such", "every",
            "either", "neither");
    /** Quantifiers that stand for unnamed people ("Another said", "Others agreed"): kept as written, never a person. */
    private static final Set<String> QUANTIFIERS = Set.of("another", "other", "others", "each", "both", "most",
            "many", "some", "few", "several");

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun() || m.name() == null) {
            return null;
        }
        String name = m.name().trim();
        if (name.indexOf(' ') < 0 && CALENDAR.contains(bare(name))) {
            return new Speaker(null, SpeakerKind.PERSON, m.text(), m.span());
        }
        if (m.role() != null) {
            return null;
        }
        boolean possessive = name.endsWith("’s") || name.endsWith("'s");
        if (name.indexOf(' ') >= 0) {
            return null;
        }
        String word = NameShape.surnameOf(name);
        if (word == null || d.names().fullName(word, m.span().start()) != null) {
            return null;
        }
        String bare = bare(name);
        if (possessive || CALENDAR.contains(bare) || sentenceAdverb(bare, d)) {
            return new Speaker(null, SpeakerKind.PERSON, m.text(), m.span());
        }
        if (d.names().writtenLowerCase(bare) || QUANTIFIERS.contains(bare)) {
            SpeakerKind kind = bare.endsWith("s") && !bare.endsWith("ss") ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS;
            return new Speaker(name, kind, m.text(), m.span());
        }
        return null;
    }

    /**
     * "Hastily", "Instantly": a word ending in "-ly" that is no listed given name and that the article never
     * writes capitalised inside a sentence opens a sentence as an adverb; it is no one's name. ("Kelly",
     * "Beverly" are given names; "Daly" written "… said Daly" stays a name.)
     */
    private static boolean sentenceAdverb(String bare, Discourse d) {
        return bare.length() > 4 && bare.endsWith("ly") && !Gender.isFirstName(bare)
                && !d.names().capitalizedMidSentence(bare);
    }

    private static String bare(String name) {
        String w = name.toLowerCase(Locale.ROOT);
        int cut = w.indexOf('’') >= 0 ? w.indexOf('’') : w.indexOf('\'');
        return cut > 0 ? w.substring(0, cut) : w;
    }
}
