package org.newsquotes.extraction.speaker;

import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.text.Determiners;

/**
 * A person mention whose name is the object of a verb inside the phrase, so the name is not the speaker: a
 * headline or clause "Ada Voss slams Lee", "Brill rejects Lee's", "The Courier reports Lee", "Voss bashed
 * Lee's", "Other Whigs joined Lee's": a capitalised word (no article), then a lower-case past form or a listed
 * headline verb, then the name. The subject may be the speaker, but the phrase does not say so reliably; the
 * quote keeps the mention and gets no name rather than the wrong person. Limits: present-tense verbs only from a
 * short list of headline verbs (a plural noun before a name, "the House candidates Lee", has the same shape);
 * "A dejected Lee" (article first) stays.
 */
final class VerbObjectName {

    private static final Set<String> HEADLINE_VERBS = Set.of("slams", "rejects", "rebuts", "endorses", "reports",
            "faces", "blasts", "rips", "hits", "backs", "praises", "mocks", "urges", "warns", "attacks", "spoke",
            "rebuke", "rebukes", "bashes", "knocks", "defends", "thanks", "quotes", "embraces");

    private VerbObjectName() {
    }

    /** A no-name speaker for such a mention, else null. */
    static Speaker read(Mention m) {
        int at = m.personNameAt();
        if (at <= 1) {
            return null;
        }
        String text = m.text();
        String[] before = text.substring(0, at).trim().split(" ");
        if (before.length < 2) {
            return null;
        }
        String verb = before[before.length - 1];
        String subject = before[before.length - 2];
        boolean verbShape = HEADLINE_VERBS.contains(verb) || lower(verb) && PastVerb.pastForm(verb);
        boolean subjectShape = !subject.isEmpty() && Character.isUpperCase(subject.charAt(0))
                && !Determiners.ARTICLES.contains(CommonWord.bare(subject));
        return verbShape && subjectShape ? new Speaker(null, m.kind(), m.text(), m.span()) : null;
    }

    private static boolean lower(String word) {
        return CommonWord.lowerWord(word, "");
    }
}
