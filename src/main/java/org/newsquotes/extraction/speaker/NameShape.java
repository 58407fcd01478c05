package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Locale;
import org.newsquotes.extraction.text.Token;

/**
 * Splits a capitalised phrase into a role and a person's name: the name is the trailing run of name tokens
 * (at most four; starting at a known given name when there is one), everything before it is the role
 * ("NATO Secretary General | Jens Stoltenberg", "Secretary of State | Hillary Clinton"). A title word never
 * goes into the name. Limits: a role ending in a capitalised place before a name without a known given
 * name ("Ambassador to Russia Michael McFaul") is split after the first capitalised word following "to/of".
 */
public final class NameShape {

    private static final int MAX_NAME = 4;

    private NameShape() {
    }

    /** Index in {@code toks} where the trailing name starts; {@code toks.size()} when there is no name. */
    public static int nameStart(List<Token> toks) {
        int end = toks.size();
        int i = end;
        while (i > 0 && Lexicon.isNameToken(toks.get(i - 1)) && end - i < MAX_NAME) {
            i--;
        }
        if (i == end) {
            return end;
        }
        for (int k = i; k < end - 1; k++) {
            if (Gender.isFirstName(toks.get(k).norm())) {
                return k;
            }
        }
        if (i > 0 && end - i >= 3 && Lexicon.isConnector(toks.get(i - 1))) {
            return i + 1;
        }
        return i;
    }

    /** The last word of a name, lower-cased, without possessive or final period. */
    public static String surnameOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] words = name.trim().split("\\s+");
        String last = words[words.length - 1];
        if ((last.equalsIgnoreCase("jr.") || last.equalsIgnoreCase("sr.") || last.equals("II") || last.equals("III"))
                && words.length > 1) {
            last = words[words.length - 2];
        }
        last = last.replaceAll("[’']s$", "");
        if (last.endsWith(".") || last.endsWith(",")) {
            last = last.substring(0, last.length() - 1);
        }
        return last.toLowerCase(Locale.ROOT);
    }
}
