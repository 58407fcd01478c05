package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Tells a capitalised cue word that is part of a proper name in running text ("Planned Parenthood", "the Group
 * Plan Commission", "The Rachel Maddow Show") from a cue: mid-sentence, written with a capital initial (not
 * all in capitals, as a headline run into the first sentence is), next to another capitalised word, in a
 * sentence that is not written in title case. Title-case headlines ("Senator Says Port Will Close") and a
 * sentence's first word ("Asked about ...", "According to ...") are left alone. Limits: a name whose capitalised
 * word stands alone ("the group Speaks Up") is still read; a reporting verb capitalised after a name in running
 * text would be lost, which news copy does not do. Stateless and thread-safe.
 */
final class NameWord {

    /** True when the word at {@code i} is a capitalised word inside a name run of a running-text sentence. */
    static boolean inName(List<Token> t, int i) {
        Token tok = t.get(i);
        return tok.word() && tok.capitalized() && !tok.capitals() && i > firstWord(t)
                && (capitalisedWord(t, i - 1) || capitalisedWord(t, i + 1)) && !titleCase(t, 0, t.size());
    }

    /**
     * True when the capitalised words among tokens {@code from} to {@code to} are at least as many as the
     * lower-case ones: a headline ("Okafor to Planned Parenthood: Voss would undo the clinic rules") or a line in
     * capitals.
     */
    static boolean titleCase(List<Token> t, int from, int to) {
        int upper = 0;
        int lower = 0;
        for (Token tok : t.subList(from, to)) {
            if (tok.word() && Character.isLetter(tok.norm().charAt(0))) {
                if (tok.capitalized()) {
                    upper++;
                } else {
                    lower++;
                }
            }
        }
        return upper >= lower;
    }

    private static boolean capitalisedWord(List<Token> t, int i) {
        return i >= 0 && i < t.size() && t.get(i).word() && t.get(i).capitalized();
    }

    private static int firstWord(List<Token> t) {
        int i = 0;
        while (i < t.size() && !t.get(i).word()) {
            i++;
        }
        return i;
    }

    private NameWord() {
    }
}
