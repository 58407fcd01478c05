package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A person mention whose name is the object of a preposition inside the phrase, so the name is not the
 * speaker: "A spokeswoman for Lorn", "the trade minister of Ruritania", "One aide inside Brill Tower", "a
 * lawyer for Voss". The phrase's head, before the preposition, is the source; it is shown as written, as an
 * anonymous source (a group when the head is a plural or counts people: "Executives for Marlow", "37 percent of
 * Whigs", "people close to Lee"). Any other lower-case head ("the contrast with Lee", "a nod to Voss") makes the
 * phrase name no one: the quote keeps the mention without a name, unless the preposition may introduce the
 * source itself ("a memo from Lee", "a tool called Brill", "the office in Tarn": left to the later sieves). A role or title inside the
 * object ("a call from Mayor Ann Voss") or a name before the preposition ("Jo Lee of the Farm Institute") is
 * read by {@link MentionParser} before this and never reaches here. Limits: only the word right before the
 * name is looked at; a verb before the name ("urged to block Lee") is not caught.
 */
final class PrepositionObjectName {

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "by", "with", "to", "in",
            "inside", "about", "over", "on", "called", "named", "against", "toward", "towards");

    /** Heads that count people: "37 percent of farmers", "a majority of Whigs", "some on the forum". */
    private static final Set<String> QUANTITIES = Set.of("percent", "majority", "plurality", "number", "some",
            "many", "most", "half", "share", "proportion", "third", "quarter", "all", "several", "none", "each",
            "one", "two", "three", "few", "minority", "lot", "majorities", "people");
    /** Adjectives between a head and its preposition: "people close to Lee", "aides loyal to Voss". */
    private static final Set<String> LINKING = Set.of("close", "closest", "closer", "loyal", "allied", "opposed",
            "sympathetic", "hostile", "devoted", "friendly");
    /** Prepositions after which a non-person head may still be the named source's ("a memo from Lee"). */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("from", "by", "called", "named", "in", "at", "on");

    private PrepositionObjectName() {
    }

    /** The anonymous or group source named by the whole phrase, or null when the name is not such an object. */
    static Speaker read(Mention m) {
        int at = m.personNameAt();
        if (at <= 0) {
            return null;
        }
        String text = m.text();
        int end = at - 1;
        while (end > 0 && text.charAt(end) == ' ') {
            end--;
        }
        int start = text.lastIndexOf(' ', end) + 1;
        String before = text.substring(start, end + 1);
        if (!PREPOSITIONS.contains(before) || start == 0) {
            return null;
        }
        int headStart = text.lastIndexOf(' ', start - 2) + 1;
        String head = text.substring(headStart, start - 1);
        if (LINKING.contains(head) && headStart > 1) {
            head = text.substring(text.lastIndexOf(' ', headStart - 2) + 1, headStart - 1); // "people close to"
        }
        boolean opener = headStart == 0 && !head.isEmpty() && Character.isUpperCase(head.charAt(0));
        if (opener) {
            head = head.toLowerCase(Locale.ROOT); // "Executives for Marlow" opens the sentence
        }
        if (head.isEmpty() || !Character.isLowerCase(head.charAt(0))) {
            return null; // "Club for Growth", "the March of Dimes": the preposition is inside a name
        }
        boolean quantity = QUANTITIES.contains(head);
        if (quantity || personHead(head)) {
            boolean plural = quantity || head.endsWith("s") && !head.endsWith("ss");
            return new Speaker(text.trim(), plural ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS, m.text(), m.span());
        }
        if (opener || SOURCE_PREPOSITIONS.contains(before)) {
            return null; // "a memo from Lee", "According to Lee": the name may be the source after all
        }
        return new Speaker(null, m.kind(), m.text(), m.span()); // "the contrast with Lee", "a nod to Voss"
    }

    /** "spokeswoman", "lawyers", "aide", "officials": a word for a person or people. */
    private static boolean personHead(String head) {
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return RoleWords.agentNoun(head) || Lexicon.isGroupWord(head) || Lexicon.isTitleWord(head)
                || Lexicon.isTitleWord(singular);
    }
}
