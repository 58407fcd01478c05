package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a capitalised name run stands as the subject of its sentence or clause, read from the tokens around it: it
 * opens a sentence or paragraph, or follows a colon, semicolon, dash, closing quote mark, "but" or "then", perhaps
 * after title words ("Republican presidential nominee Ann Voss", "Democratic front-runner Ann Voss"; capitalised words
 * may stand among them: "Okafor campaign manager Ann Voss"), and a verb, a comma or a bracket follows it; after a comma
 * ("Later, Ann Voss came") only a verb may follow (not a list: "Hinds, Ann Voss, and others"), unless the name stands
 * between commas beside a short noun phrase opening the sentence with "one", "a", "an", "another", "his", "her",
 * "their" or a possessive and a verb follows ("One local nurse, Ann Voss, stopped him", "Okafor’s husband, Bill, hurled
 * …"); or it is the agent of a passive verb ({@link PassiveAgent}: "was criticised by Ann Voss"). Stateless. Limits:
 * any lower-case word after the name counts as a verb, and at most six title or role words are skipped before it.
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

    /**
     * Words that open a short describing noun phrase a name is set beside: "One local woman, Ann Voss, said", "His
     * wife, Ann, said"; an owner's possessive does too ("Okafor’s wife, Ann, said").
     */
    private static final Set<String> OPENING_DETERMINERS = Set.of("one", "a", "an", "another", "his", "her", "their");

    /**
     * "One local woman, Ann Voss, pulled him aside": the name run ending before {@code j} is set between commas
     * beside a noun phrase of at most five words that opens its sentence with "one", "a", "an", "another", "his",
     * "her", "their" or a possessive ("Okafor’s husband, Bill,"),
     * and a lower-case word (the verb) follows the closing comma. {@code comma} is the index of the comma
     * before the name.
     */
    private static boolean apposedToOpeningNoun(String text, List<Token> tokens, int comma, int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).is(",") || !tokens.get(j + 1).isWord()
                || tokens.get(j + 1).isCapitalized()) {
            return false;
        }
        int b = comma - 1;
        while (b >= 0 && b > comma - 6 && tokens.get(b).isWord()) {
            if (OPENING_DETERMINERS.contains(tokens.get(b).norm()) || tokens.get(b).isPossessive()) {
                return b == 0 || NameIndex.lineBreak(text, tokens.get(b - 1).end(), tokens.get(b).start())
                        || ".!?".contains(tokens.get(b - 1).text());
            }
            b--;
        }
        return false;
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
            return verbAfter || apposedToOpeningNoun(text, tokens, k, j);
        }
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":") || s.equals(";")
                || s.equals("—") || s.equals("”") || s.equals("\"") || p.is("but") || p.is("then");
    }
}
