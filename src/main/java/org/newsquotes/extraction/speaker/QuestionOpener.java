package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A modal opening a yes/no question before a capitalised run ("Will Sanders come down?", "Can Lee win?"): the
 * modal is not a given name, so {@link NameIndex} starts the name after it. Stateless. Limits: word shapes
 * only; the verb after the run is any lower-case content word without "-s", "-ed" or "-ly".
 */
final class QuestionOpener {

    /** Modals that open a yes/no question: "Will Sanders concede?", "Can Lee win?". */
    private static final Set<String> QUESTION_MODALS = Set.of("will", "can", "may", "should",
            "could", "would", "did", "does", "might", "must");

    private QuestionOpener() {
    }

    /**
     * "Will Sanders come down?": a modal opening a sentence, then a capitalised run, then a bare verb (a
     * lower-case content word with no "-s" or "-ed" ending) asks a question; the modal is not a given name.
     * "Will Estrada, the chairman" and "May Lee said" keep theirs.
     */
    static boolean questionModal(List<Token> tokens, int i, int j) {
        Token t = tokens.get(i);
        if (j - i < 2 || !QUESTION_MODALS.contains(t.norm()) || i > 0 && NameIndex.afterWord(tokens.get(i - 1))
                || j >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j);
        String n = next.norm();
        return next.isWord() && !next.isCapitalized() && !Lexicon.isFunctionWord(next) && !n.endsWith("s")
                && !n.endsWith("ed") && !n.endsWith("ly");
    }
}
