package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Whether the words taken for the source of reported speech read as a noun phrase ("senior U.S. officials",
 * "the Kremlin", "analysts familiar with the talks") rather than a piece of clause that the source finder,
 * having no parser, stopped on: a phrase that opens with a lower-case preposition, conjunction, auxiliary or
 * "-ing" form ("amid mounting pressure from Moscow", "has prompted", "which", "amplifying the sense of crisis"; a capital "-ing" word is taken for a name, "Manning"),
 * unless, after a word other than a preposition, a name or a number follows it ("including Ann Roe", "including 51
 * State Department employees", "But Roe", which the mention parser reads) or, after "with", a name comes anywhere ("with former Gov. Ann Roe calling"). Such a source is not a speaker; the quote keeps its content and gets none rather
 * than a fragment. Limits: a word list over the first two words, not a parse: a fragment that opens with a noun
 * ("NATO has likewise") or a capital is kept; a preposition before a name is no source ("of Springfield").
 * A relative word ("who wrote to her") or an article alone ("The") is no noun phrase either.
 * {@link #head} first cuts a phrase that runs on into a clause at its auxiliary ("NATO has likewise" reads
 * "NATO") or at a past verb ({@link PastVerb}: "a poll released", "the town released a statement"), less the adverbs
 * before it ("Roe also sent").
 */
public final class SourceShape {

    private static final Set<String> NOT_AN_OPENER = Set.of("amid", "from", "to", "for", "with", "by", "in", "on",
            "at", "of", "after", "before", "since", "over", "under", "into", "as", "than", "while", "when",
            "because", "if", "although", "though", "what", "where", "how",
            "and", "or", "but", "not", "also", "only", "then");
    /** Openers after which a name is an object, not a source: "of Springfield", "from Dover", "For Mr. Roe". */
    private static final Set<String> PREPOSITIONS = Set.of("amid", "from", "to", "for", "in", "on", "at", "of",
            "after", "before", "over", "under", "into", "as", "than");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "be", "been", "being");

    private SourceShape() {
    }

    /** Whether {@code words} (the source phrase's tokens, as written) read as a noun phrase. */
    public static boolean readsAsNounPhrase(List<Token> words) {
        int first = 0;
        while (first < words.size() && !words.get(first).isWord()) {
            first++;
        }
        if (first == words.size()) {
            return false;
        }
        Token opener = words.get(first);
        if (RELATIVES.contains(opener.norm()) && !opener.isCapitalized() || onlyDeterminers(words)) {
            return false; // "who wrote to her", "The"
        }
        boolean clauseWord = NOT_AN_OPENER.contains(opener.norm()) || AUXILIARIES.contains(opener.norm());
        if (!clauseWord && (opener.isCapitalized() || !ingForm(opener.norm()))) {
            return true;
        }
        if (opener.is("with")) {
            return words.subList(first + 1, words.size()).stream().anyMatch(Token::isCapitalized);
        }
        return !PREPOSITIONS.contains(opener.norm()) && first + 1 < words.size() && namesSomeone(words.get(first + 1));
    }

    /**
     * The words before a lower-case auxiliary that follows the phrase's first word ("NATO has likewise" gives
     * "NATO", "the Kremlin has long" "the Kremlin"), unless a comma or relative word comes first ("officials,
     * who have spoken", "Lee, whose aides were"); otherwise {@code words} as given. A lone relative word
     * ("which") gives no words.
     */
    public static List<Token> head(List<Token> words) {
        if (words.size() == 1 && RELATIVES.contains(words.get(0).norm())) {
            return List.of();
        }
        for (int i = 1; i < words.size(); i++) {
            Token w = words.get(i);
            if (w.text().equals(",") || RELATIVES.contains(w.norm())) {
                return words;
            }
            if (!w.isCapitalized() && (AUXILIARIES.contains(w.norm()) || PastVerb.endsNounPhrase(words, i))) {
                int e = i;
                while (e > 1 && adverb(words.get(e - 1))) {
                    e--;
                }
                return words.subList(0, e);
            }
        }
        return words;
    }

    /** Adverbs a reporter puts between a subject and its verb: "Roe also", "Roe later", "Roe reluctantly". */
    private static final Set<String> ADVERBS = Set.of("also", "even", "later", "then", "still", "just", "already",
            "often", "never", "soon", "now", "too", "actually", "once", "again");

    private static boolean adverb(Token t) {
        String n = t.norm();
        return !t.isCapitalized() && (ADVERBS.contains(n) || n.length() > 4 && n.endsWith("ly"));
    }

    /** Whether every word of {@code words} is an article ("The", "a"). */
    private static boolean onlyDeterminers(List<Token> words) {
        for (Token t : words) {
            if (t.isWord() && !t.is("the") && !t.is("a") && !t.is("an")) {
                return false;
            }
        }
        return true;
    }

    /** "including Ann Roe", "including 51 State Department employees": a name or a number after the opener. */
    private static boolean namesSomeone(Token next) {
        return next.isCapitalized() || !next.text().isEmpty() && Character.isDigit(next.text().charAt(0));
    }

    private static boolean ingForm(String word) {
        return word.length() > 5 && word.endsWith("ing");
    }
}
