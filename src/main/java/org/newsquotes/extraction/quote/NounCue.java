package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A reporting word in its bare form right after a singular common noun is a noun, not that noun's verb: "his old
 * campaign promise", "the party call" (a singular subject would take "promises", "promised"). So the phrase before it
 * is no source; "read", past as well as bare ("the statement read"), is left alone. Stateless. Limits: plural nouns
 * without an "s" are listed ("people", "police"); a name before the word ("the Lee promise") is not judged.
 */
final class NounCue {

    /** Nouns that take a plural verb though they do not end in "s": "the police say". */
    private static final Set<String> PLURAL = Set.of("people", "police", "media", "staff", "men", "women",
            "children", "folks", "public", "crowd", "team", "family", "audience", "press", "majority", "minority");

    private NounCue() {
    }

    /**
     * Whether the cue at {@code c} in {@code w}, with subject {@code m} ending right before it, is the head of a
     * noun compound ("campaign promise") rather than a verb.
     */
    static boolean compound(List<Token> w, int c, Mention m) {
        if (c < 1 || m == null || m.pronoun() || m.span().end() != w.get(c - 1).end()) {
            return false;
        }
        Token head = w.get(c - 1);
        String n = head.norm();
        String cue = w.get(c).norm();
        return UnderstoodSubject.bareForm(cue) && !cue.equals("read") && head.isWord()
                && !head.isCapitalized() && !Lexicon.isFunctionWord(head) && !n.endsWith("s") && !PLURAL.contains(n)
                && !Lexicon.isGroup(head) && n.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
    }
}
