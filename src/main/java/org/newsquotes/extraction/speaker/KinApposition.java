package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;

/**
 * A person named by given name alone in apposition to a kinship word: "his wife, Jana," "Okafor’s son,
 * Tomas." The word before the comma must state a gender ({@link Gender#ofWord}: wife, husband, son, …) and
 * the name must be a listed given name closed by a comma or a period; the given name's own gender wins when
 * listed. Stateless. Limits: only a one-word name; "her husband, Dr. Voss," is left to the honorific rule.
 */
final class KinApposition {

    private KinApposition() {
    }

    /** The person the one-word capitalised run {@code [i, j)} names as such an apposition, or null. */
    static PersonMentions.Named read(List<Token> tokens, int i, int j) {
        if (j != i + 1 || i < 2 || j >= tokens.size() || !(tokens.get(j).is(",") || tokens.get(j).is("."))
                || !tokens.get(i - 1).is(",")) {
            return null;
        }
        Token name = tokens.get(i);
        Token kin = tokens.get(i - 2);
        Gender stated = kin.isCapitalized() ? Gender.UNKNOWN : Gender.ofWord(kin.norm());
        if (stated == Gender.UNKNOWN || !Gender.isFirstName(name.norm())) {
            return null;
        }
        Gender own = Gender.ofFirstName(name.norm());
        return new PersonMentions.Named(name.text(), own != Gender.UNKNOWN ? own : stated, name.start(), false);
    }
}
