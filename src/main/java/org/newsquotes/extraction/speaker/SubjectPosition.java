package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a capitalised name run stands as the subject of its sentence or clause, read from the tokens around
 * it: it opens a sentence or paragraph, or follows a colon, semicolon, dash, closing quote mark, "but" or "then",
 * perhaps after title words ("Republican presidential nominee Ann Voss", "Democratic front-runner Ann Voss";
 * capitalised words may stand among them: "Okafor campaign manager Ann Voss"), and a verb, a comma or a bracket
 * follows it; after a comma ("Later, Ann Voss came") only a verb may follow (not a list: "Hinds, Ann Voss, and
 * others"); or it is the agent of a passive verb ({@link PassiveAgent}: "was criticised by Ann Voss"). Stateless. Limits: any lower-case word after the name counts as a verb, and at most six title or
 * role words are skipped before it.
 */
final class SubjectPosition {

    /**
     * Lower-case role nouns that stand before a name like a title without being one elsewhere ("Democratic
     * front-runner Ann Voss said", "challenger Ann Voss"); only used to find the subject.
     */
    private static final Set<String> ROLE_NOUNS = Set.of("front-runner", "frontrunner",
            "challenger", "rival", "incumbent", "contender", "businessman", "businesswoman", "billionaire",
            "mogul", "star", "activist", "opponent", "ally", "great", "legend");

    private SubjectPosition() {
    }

    /** Whether the name run {@code [i, j)} of {@code tokens} stands as the subject of its sentence or clause. */
    static boolean holds(String text, List<Token> tokens, int i, int j) {
        if (PassiveAgent.holds(tokens, i)) {
            return j >= tokens.size() || !(tokens.get(j).is("and") || tokens.get(j).is("or") || tokens.get(j).is("of"));
        }
        boolean verbAfter = true;
        if (j < tokens.size()) {
            Token n = tokens.get(j);
            verbAfter = n.isWord() && !n.isCapitalized() && !n.is("of") && !n.is("and") && !n.is("or")
                    && !Lexicon.isTitle(n);
            if (!verbAfter && !n.is(",") && !n.is("(")) {
                return false;
            }
        }
        int k = i - 1;
        int roles = 0;
        while (k >= 0 && roles < 6 && tokens.get(k).isWord()
                && (Lexicon.isTitle(tokens.get(k)) || ROLE_NOUNS.contains(tokens.get(k).norm())
                || roles > 0 && tokens.get(k).isCapitalized() && !Lexicon.isFunctionWord(tokens.get(k)))) {
            k--;
            roles++;
        }
        if (k < 0) {
            return true;
        }
        Token p = tokens.get(k);
        if (NameIndex.lineBreak(text, p.end(), tokens.get(k + 1).start())) {
            return true;
        }
        String s = p.text();
        if (s.equals(",")) {
            return verbAfter;
        }
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":") || s.equals(";")
                || s.equals("—") || s.equals("”") || s.equals("\"") || p.is("but") || p.is("then");
    }
}
