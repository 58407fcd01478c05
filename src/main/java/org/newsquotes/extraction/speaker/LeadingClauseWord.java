package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A word that opens the clause around a source phrase, not the phrase itself: a coordinating conjunction ("But
 * Jo Lee, eager to …"), a subordinator ("When Sam Ortiz finally …", "as Ann Marr said") or a complementiser
 * "that" before a name ("criticism that Jo Lee was urging …", "a clip that Judge Ana Ruiz called …"). The source
 * readers walk back to such a word and kept it in the mention ("that Jo Lee"); for {@link MentionParser}: the index
 * where the phrase proper starts. A "that" before a lower-case word is a determiner and stays ("that official");
 * so does a lone word. Stateless. Limits: at most two such words are stepped over ("But when Jo Lee"); a "that"
 * before a capitalised common noun ("that Senate bill") is read as before a name.
 */
final class LeadingClauseWord {

    /** Conjunctions and subordinators that never start a noun phrase. */
    private static final Set<String> OPENERS = Set.of("and", "but", "or", "yet", "nor", "so", "when", "whenever",
            "while", "as", "if", "because", "although", "though", "since", "once", "whereas", "until", "unless",
            "after", "before");

    private LeadingClauseWord() {
    }

    /** The index of the first word of the phrase proper in {@code np} (0 when nothing opens it). */
    static int start(List<Token> np) {
        int s = 0;
        while (s < 2 && np.size() - s >= 2 && opens(np.get(s), np.get(s + 1))) {
            s++;
        }
        return s;
    }

    private static boolean opens(Token t, Token next) {
        if (!t.isWord() || !next.isWord()) {
            return false;
        }
        if (OPENERS.contains(t.norm())) {
            return true;
        }
        return t.is("that") && next.isCapitalized();
    }
}
