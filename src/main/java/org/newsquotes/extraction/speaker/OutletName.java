package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * A news outlet named with a capitalised "Press" at its end: "the Millbrook Free Press", "Lee's hometown
 * Millbrook Free Press". "press" is listed as a title word ("press secretary"), so such a name has no name
 * token at its end and was read as an anonymous phrase, which no lead-in accepts as a source. For
 * {@link MentionParser}: an organisation named by the capitalised run ending in "Press" (without an owner
 * before it: "Lee's hometown" is left out of the name). Stateless. Limits: only "Press"; the run must hold at
 * least one capitalised word before it that is not a determiner, title word or possessive ("the Press" and
 * "White House Press" are left to the other readers).
 */
final class OutletName {

    private OutletName() {
    }

    /** The outlet named by {@code np}, or null when it does not end in a capitalised outlet name. */
    static Mention read(String text, List<Token> np, Span span, String phrase, String appositive) {
        int end = np.size() - 1;
        Token head = np.get(end);
        if (end < 1 || !head.is("press") || !head.isCapitalized()) {
            return null;
        }
        int s = end;
        while (s > 0 && nameWord(np.get(s - 1))) {
            s--;
        }
        if (s == end) {
            return null;
        }
        String name = text.substring(np.get(s).start(), head.end());
        return new Mention(span, phrase, name, appositive, SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
    }

    /** A capitalised word that can stand inside an outlet's name: not a determiner, title word or possessive. */
    private static boolean nameWord(Token t) {
        return t.isWord() && t.isCapitalized() && !Lexicon.isDeterminer(t) && !Lexicon.isTitle(t)
                && !Lexicon.isFunctionWord(t) && !t.isPossessive();
    }
}
