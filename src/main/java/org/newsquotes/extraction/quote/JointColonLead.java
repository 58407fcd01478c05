package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * A quote introduced by two co-authors and a colon, as digest columns write it: "HEADLINE - Jo Lee and Sam
 * Park: “…”", "More from Lee and Park: “…”". The first author is the speaker (one person, never the pair).
 * Immutable; reads the last few tokens before the quote. Limits: only two plain names (up to three name
 * tokens each) opening the lead-in or after a dash or "from"; titles and asides are not read.
 */
final class JointColonLead {

    private static final int NAME_TOKENS = 3;

    private JointColonLead() {
    }

    /** The first of two names joined by "and" right before a colon ending {@code before}, or null. */
    static Attribution of(List<Token> before, String text) {
        int n = before.size();
        if (n < 4 || !before.get(n - 1).text().equals(":")) {
            return null;
        }
        int secondStart = nameRunStart(before, n - 1);
        if (secondStart == n - 1 || secondStart < 2 || !before.get(secondStart - 1).is("and")) {
            return null;
        }
        int firstStart = nameRunStart(before, secondStart - 1);
        if (firstStart == secondStart - 1 || !opensLead(before, firstStart)) {
            return null;
        }
        Mention m = MentionParser.parse(text, before.subList(firstStart, secondStart - 1), null);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun()
                ? new Attribution(before.get(n - 1).span(), m, Attribution.Rule.LEAD_IN) : null;
    }

    /** The start of the run of name tokens ending right before index {@code end} (at most three). */
    private static int nameRunStart(List<Token> w, int end) {
        int s = end;
        while (s > 0 && end - s < NAME_TOKENS && Lexicon.isNameToken(w.get(s - 1))) {
            s--;
        }
        return s;
    }

    /** The names open the lead-in: first in the window, or after a dash or "from". */
    private static boolean opensLead(List<Token> w, int s) {
        return s == 0 || LeadIn.isDash(w.get(s - 1)) || w.get(s - 1).is("from")
                || w.get(s - 1).text().equals("-");
    }
}
