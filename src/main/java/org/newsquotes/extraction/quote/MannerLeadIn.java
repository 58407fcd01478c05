package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A lead-in whose colon follows a verb, the object "it" and manner adverbs: "Lee put it bluntly:", "The
 * campaign, in a Q&A on the affair, worded it even more carefully:". The verb's subject (read past an aside
 * between commas that opens with a lower-case word) introduces the quote, when it is a named person or an
 * organisation. Stateless; reads a few tokens before the colon and one aside. Limits: only "it" as the object.
 */
final class MannerLeadIn {

    private static final Set<String> DEGREE = Set.of("more", "most", "less", "even", "very", "so", "too",
            "rather", "quite", "far", "much");

    private MannerLeadIn() {
    }

    /** The lead-in attribution of a window {@code b} whose colon is at {@code m}, or null. */
    static Attribution of(List<Token> b, int m, SourcePhrase phrases) {
        int plain = verbBeforeAdverbs(b, m);
        Mention src = plain > 0 ? subjectPastAside(b, plain, phrases) : null;
        if (src != null && !src.pronoun() && (src.kind() == SpeakerKind.PERSON
                || src.kind() == SpeakerKind.ORGANIZATION)) {
            return new Attribution(b.get(plain).span(), src, Attribution.Rule.LEAD_IN);
        }
        return null;
    }

    /**
     * The subject of the verb at {@code v}, read past an aside between commas that opens with a lower-case word
     * ("The campaign, in a Q&A on the affair, worded it …").
     */
    private static Mention subjectPastAside(List<Token> b, int v, SourcePhrase phrases) {
        Mention m = phrases.subject(b, v, 0);
        if (m != null && !m.pronoun() || !b.get(v - 1).text().equals(",")) {
            return m;
        }
        for (int q = v - 2; q > 0 && v - q <= 12; q--) {
            if (b.get(q).text().equals(",")) {
                if (!b.get(q + 1).isWord() || b.get(q + 1).isCapitalized()) {
                    return m;
                }
                List<Token> joined = new ArrayList<>(b.subList(0, q));
                joined.add(b.get(v));
                return phrases.subject(joined, q, 0);
            }
        }
        return m;
    }

    /**
     * "Lee worded it more carefully:", "Lee put it bluntly:": the index of the lower-case verb before an object
     * "it" and manner adverbs ending at the colon {@code m}; -1 when the words differ.
     */
    private static int verbBeforeAdverbs(List<Token> b, int m) {
        int k = m - 1;
        while (k > 0 && m - k <= 4 && b.get(k).isWord() && !b.get(k).isCapitalized()
                && (b.get(k).norm().endsWith("ly") || DEGREE.contains(b.get(k).norm()))) {
            k--;
        }
        if (k == m - 1 || k < 2 || !b.get(k).is("it")) {
            return -1;
        }
        return ColonSubject.plainVerb(b.get(k - 1)) ? k - 1 : -1;
    }

}
