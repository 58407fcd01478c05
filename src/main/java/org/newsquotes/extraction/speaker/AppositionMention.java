package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;

/**
 * Reads a source phrase that may hold an apposition, as indirect quotes' sources do: the phrase is split at its
 * first comma; the side that ends in a name is the speaker and the other side the role ("Sam A. Greene, director
 * of ..." and "The Russian ambassador to Washington, Anatoly Antonov"). Limits: the first comma only.
 */
final class AppositionMention {

    private AppositionMention() {
    }

    /** The mention for {@code toks}, read through {@link MentionParser#parse} on the side that names someone. */
    static Mention parse(String text, List<Token> toks) {
        int comma = -1;
        for (int i = 1; i < toks.size() - 1 && comma < 0; i++) {
            if (toks.get(i).text().equals(",")) {
                comma = i;
            }
        }
        if (comma < 0) {
            return MentionParser.parse(text, toks, null);
        }
        List<Token> before = toks.subList(0, comma);
        List<Token> after = toks.subList(comma + 1, toks.size());
        boolean nameBefore = endsInName(before) && before.get(0).isCapitalized() && !before.get(0).is("the");
        List<Token> np = nameBefore || !endsInName(after) ? before : after;
        List<Token> rest = np == before ? after : before;
        String role = rest.isEmpty() ? null : trimRole(text.substring(rest.get(0).start(),
                rest.get(rest.size() - 1).end()));
        Mention m = MentionParser.parse(text, np, role);
        return m != null ? m : MentionParser.parse(text, toks, null);
    }

    private static boolean endsInName(List<Token> np) {
        return !np.isEmpty() && NameShape.nameStart(np) < np.size();
    }

    private static String trimRole(String role) {
        String r = role.strip();
        while (!r.isEmpty() && ",;:".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r.isEmpty() ? null : r;
    }
}
