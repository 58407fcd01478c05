package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * Tells a noun phrase that heads a relative clause without "that" (a contact clause) from a role written before a name: in "the
 * county clerk Voss was pointing to is Lee" and "the aide Voss hired was fired", "the county clerk" and "the
 * aide" are not Voss's role; the name opens a clause whose object is missing ("pointing to", "hired") and a
 * finite verb of the main clause follows ("is", "was"). Only a role opening with a determiner ("the", "a") can
 * head such a clause; "Judge Voss was pointing to" is left alone. Stateless.
 *
 * <p>Limits: looks at most {@value #REACH} words after the name, all lower case with no punctuation between;
 * the clause must end in a preposition or a past participle right before the main verb ("the man Voss praised
 * is …"), so a clause with an object of its own ("the aide Voss sent home was …") is not seen.
 */
final class ContactClause {

    private static final int REACH = 6;
    /** Characters after the name looked at: bounds the scan whatever the text. */
    private static final int WINDOW = 80;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "one", "another");
    /** Main-clause verbs that follow the gap. */
    private static final Set<String> MAIN_VERBS = Set.of("is", "was", "are", "were", "has", "had", "will",
            "would", "remains", "remained", "says", "said");
    /** Prepositions that a relative clause without "that" leaves stranded ("pointing to"). */
    private static final Set<String> STRANDED = Set.of("to", "about", "with", "on", "for", "at", "from", "of", "in",
            "by", "against", "after", "over", "into", "up");

    private ContactClause() {
    }

    /** {@code mention} as read, or without its role when its name opens a relative clause (see the class). */
    static Mention withoutRole(String text, Mention mention) {
        if (mention == null || mention.role() == null || !determined(mention.role())
                || !after(text, mention.span().end())) {
            return mention;
        }
        return new Mention(mention.span(), mention.text(), mention.name(), null, mention.kind(), mention.pronoun(),
                mention.gender());
    }

    /**
     * Whether the words after a name ending at {@code nameEnd} read as the rest of a relative clause the name
     * opens; the caller checks that a determiner opens the phrase before the name.
     */
    static boolean after(String text, int nameEnd) {
        if (text == null || nameEnd < 0 || nameEnd >= text.length()) {
            return false;
        }
        List<Token> w = Tokenizer.tokenize(text, nameEnd, Math.min(text.length(), nameEnd + WINDOW), false);
        for (int k = 1; k < w.size() && k <= REACH; k++) {
            Token t = w.get(k);
            Token before = w.get(k - 1);
            if (!before.isWord() || before.isCapitalized()) {
                return false;
            }
            if (t.isWord() && MAIN_VERBS.contains(t.norm())) {
                return STRANDED.contains(before.norm()) || participle(before.norm());
            }
        }
        return false;
    }

    /** Whether {@code role} opens with a determiner ("the county clerk"). */
    static boolean determined(String role) {
        int space = role.indexOf(' ');
        return space > 0 && determiner(role.substring(0, space));
    }

    /** "the", "a", "an", "this", "that", "one", "another", in any case. */
    static boolean determiner(String word) {
        return DETERMINERS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "hired", "praised", "chosen": a past participle whose object the clause leaves out. */
    private static boolean participle(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en")) && !MAIN_VERBS.contains(w);
    }
}
