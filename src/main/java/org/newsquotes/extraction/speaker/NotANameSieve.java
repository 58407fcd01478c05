package org.newsquotes.extraction.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.CalendarWords;
import org.newsquotes.extraction.text.WordSet;

/**
 * Rejects one-word "names" that are capitalised ordinary words rather than people ("Following …",
 * "Fundraising …", "September …", "Two …", "Friday’s …"), so they neither become a speaker nor a pronoun
 * antecedent. A one-word person mention with no role and no full name in the article is rejected (the quote
 * keeps the mention but no name) when it is a month, weekday, number, ordinal ("Second") or determiner word ("Every"), a
 * closed-class word ("Something", "Nor"), a possessive ("That’s"), or a singular word with the ending of an
 * adverb, abstract noun, participle or adjective ("Hastily", "Optimism", "Echoing", "Generous") that the article
 * never writes capitalised inside a sentence; never when the article writes it after a given name ("Al
 * From"). A word the article also writes in lower case ("Protesters"), a quantifier ("Another", "Someone"), a
 * listed group word ("Democrats", "Aides"), or a plural opening sentences only whose singular the article
 * writes in lower case ("Programs") or that has a common-noun ending ("Frustrations") is kept as written but as
 * a group or anonymous source, never a person. Limits: a real surname that is also a common word ("Rice",
 * "Brown") written alone, without a full name in the article, is lost too.
 */
public final class NotANameSieve implements SpeakerSieve {

    /** Calendar words, numbers to ten and determiners: never a one-word name. */
    private static final Set<String> CALENDAR = calendar();

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun() || m.name() == null) {
            return null;
        }
        String name = m.name().trim();
        if (name.indexOf(' ') < 0 && CALENDAR.contains(CommonWord.bare(name))) {
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
        String bare = CommonWord.bare(name);
        boolean plural = bare.endsWith("s") && !bare.endsWith("ss") && !bare.endsWith("us") && !bare.endsWith("is")
                || bare.equals("people");
        boolean opener = !d.names().afterGivenName(bare) && !d.names().capitalizedMidSentence(bare)
                && !Gender.isFirstName(bare);
        if (possessive || CALENDAR.contains(bare) || !Lexicon.isGroupWord(bare) && !d.names().afterGivenName(bare)
                && (CommonWord.closedClass(bare) || !plural && sentenceAdverb(bare, d))) {
            return new Speaker(null, SpeakerKind.PERSON, m.text(), m.span());
        }
        if (d.names().writtenLowerCase(bare) || CommonWord.quantifier(bare) || Lexicon.isGroupWord(bare)
                || plural && opener && (CommonWord.commonShape(bare) || singularWrittenLowerCase(bare, d))) {
            SpeakerKind kind = plural && (Lexicon.isGroupWord(bare) || !CommonWord.commonShape(bare))
                    ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS;
            return new Speaker(name, kind, m.text(), m.span());
        }
        return null;
    }

    /**
     * "Hastily", "Frustrations", "Optimism", "Echoing", "Generous": a word with the ending of an adverb, abstract
     * noun, participle or adjective ({@link CommonWord#commonShape}) that is no listed given name and that the
     * article never writes capitalised inside a sentence opens a sentence as an ordinary word; it is no one's
     * name. ("Kelly", "Beverly" are given names; "Manning" written "… said Manning" stays a name.)
     */
    private static Set<String> calendar() {
        List<String> words = new ArrayList<>(CalendarWords.MONTHS);
        words.addAll(CalendarWords.days());
        words.addAll(List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "this",
                "that", "these", "those", "there", "here", "what", "when", "after", "before", "then", "given", "beyond",
                "nearly", "good", "such", "every", "either", "neither", "first", "second", "third", "fourth", "fifth"));
        return WordSet.of(words);
    }

    private static boolean sentenceAdverb(String bare, Discourse d) {
        return CommonWord.commonShape(bare) && !d.names().capitalizedMidSentence(bare);
    }

    /**
     * "Programs" opening a sentence where the article also writes "program": a plural whose singular the
     * article writes in lower case is a common noun ("Wines", a surname, has no "wine" beside it).
     */
    private static boolean singularWrittenLowerCase(String plural, Discourse d) {
        String stem = plural.substring(0, plural.length() - 1);
        String es = stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : "";
        boolean sibilant = es.endsWith("s") || es.endsWith("x") || es.endsWith("z") || es.endsWith("ch")
                || es.endsWith("sh");
        return d.names().writtenLowerCase(stem) || sibilant && d.names().writtenLowerCase(es)
                || plural.endsWith("ies") && d.names().writtenLowerCase(stem.substring(0, stem.length() - 2) + "y");
    }
}
