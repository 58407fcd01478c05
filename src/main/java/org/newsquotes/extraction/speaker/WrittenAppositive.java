package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;

/**
 * The appositive a reporter writes beside a person's full name, for {@link WrittenRoles}: after the name
 * ("Rick Voss, the director of the Farm Institute,"; "…, said Rick Voss, a soil scientist at Lund College.";
 * "Rick Voss, director of …"; "Rick Voss, the institute's director,"; "Rick Voss, 61, a farmer,"; "Rick Voss, 61, of Salem, a farmer,") or before it
 * ("the institute's director, Rick Voss,"). The words are tidied by {@link RoleText}; the caller checks the
 * role's shape ({@link RoleShape}). Immutable; one per article.
 *
 * <p>Limits: at most {@value #MAX_APPOSITIVE} tokens after the name, ended by a comma, by "who" or "whose" after
 * three words or more ("Rick Voss, a farmer from Salem who …"), or by the sentence's end
 * (not when the name opens its line or sentence, as in a heading); the shapes without a determiner are not read
 * inside a quotation opened earlier in the line; a role before the name needs a determiner or owner before it
 * and a comma or the sentence's end after the name ("In a note to the director, Rick Voss said" is not read),
 * and is not read after "of" ("the face of the party, Rick Voss,") or as kin with a pronoun owner ("his wife").
 */
final class WrittenAppositive {

    private static final int MAX_APPOSITIVE = 16;
    private static final int MAX_PREPOSED = 6;
    /** Owners of time ("this year's host, Rick Voss,"): no role. */
    private static final java.util.Set<String> TIME = java.util.Set.of("year's", "week's", "month's", "day's",
            "night's", "today's", "tonight's", "yesterday's", "season's", "decade's", "weekend's");
    /** Kin nouns: "his wife, Ann Voss," says whose wife only with the owner, so a pronoun owner is no role. */
    private static final java.util.Set<String> KIN = java.util.Set.of("wife", "husband", "son", "daughter",
            "mother", "father", "brother", "sister", "widow", "widower", "cousin", "nephew", "niece", "uncle",
            "aunt", "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter", "fiance",
            "fiancee", "fiancé", "fiancée");

    private final String text;
    private final List<Token> tokens;

    WrittenAppositive(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The appositive after the name written at tokens [start, end), or null. */
    String after(int start, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        int f = end + 1;
        if (f + 2 < tokens.size() && age(tokens.get(f)) && tokens.get(f + 1).text().equals(",")) {
            f = hometown(f + 2);
        }
        Token first = tokens.get(f);
        boolean determiner = first.is("the") || first.is("a") || first.is("an");
        boolean owner = first.is("its") || first.isPossessive() && first.isCapitalized();
        if (!determiner && !((bareRoleNoun(first) || owner) && !quoted(start))) {
            return null;
        }
        for (int k = f + 1; k < tokens.size() && k - f <= MAX_APPOSITIVE; k++) {
            String t = tokens.get(k).text();
            boolean relative = (t.equals("who") || t.equals("whose")) && k > f + 2;
            if (t.equals(",") || relative || t.equals(".") && sentenceEnd(k) && !opening(start) && !quoted(start)) {
                return RoleText.clean(text.substring(first.start(), tokens.get(k - 1).end()));
            }
            if (t.equals(".") || t.equals(";") || t.equals("“") || t.equals("\"")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "the F.B.I. director, Rick Voss,", "Lund's campaign chairman, Rick Voss.": title words ending in a role
     * noun, a comma, then the name at tokens [start, end) closed by a comma or the sentence's end. An owner
     * written before the words ("Lund's") is kept; a determiner or pronoun ("the", "her") is not.
     */
    String preposed(int start, int end) {
        if (start < 3 || end >= tokens.size() || !tokens.get(start - 1).text().equals(",")
                || !WrittenRoles.headWord(tokens.get(start - 2)) || quoted(start)) {
            return null;
        }
        Token close = tokens.get(end);
        if (!(close.text().equals(",") || close.text().equals(".") && sentenceEnd(end))) {
            return null;
        }
        int s = start - 2;
        while (s > 0 && start - 1 - s < MAX_PREPOSED && WrittenRoles.roleWord(tokens, s - 1)
                && !tokens.get(s - 1).isPossessive()) {
            s--;
        }
        Token det = tokens.get(s - 1);
        boolean owner = det.isPossessive() && !TIME.contains(det.norm().replace("’", "'"));
        boolean pronoun = det.is("his") || det.is("her") || det.is("their") || det.is("its");
        if (!(owner || pronoun || det.is("the")) || s >= 2 && (predicate(tokens.get(s - 2))
                || tokens.get(s - 2).is("of")) || pronoun && KIN.contains(tokens.get(start - 2).norm())) {
            return null;
        }
        return RoleText.clean(text.substring(owner ? det.start() : tokens.get(s).start(),
                tokens.get(start - 2).end()));
    }

    /**
     * "of Salem, Ore.," after an age: "of" or "from" and capitalised words up to a comma are passed over, at
     * most four words and one comma inside; returns the token after them, or {@code f} when there are none.
     */
    private int hometown(int f) {
        if (f >= tokens.size() || !(tokens.get(f).is("of") || tokens.get(f).is("from"))) {
            return f;
        }
        int commas = 0;
        for (int k = f + 1; k < tokens.size() && k - f <= 6; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                boolean more = k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized() && commas == 0
                        && state(k + 1);
                if (!more) {
                    return k > f + 1 && k + 1 < tokens.size() ? k + 1 : f;
                }
                commas++;
            } else if (!t.isWord() && !t.text().equals(".") || t.isWord() && !t.isCapitalized()) {
                return f;
            }
        }
        return f;
    }

    /** "Ore.,", "Texas,": one capitalised word, perhaps with its full stop, then a comma. */
    private boolean state(int k) {
        int c = k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".") ? k + 2 : k + 1;
        return c < tokens.size() && tokens.get(c).text().equals(",");
    }

    /** "is", "was", "became": the words before the name are a predicate, not an appositive. */
    private static boolean predicate(Token t) {
        return t.is("is") || t.is("was") || t.is("are") || t.is("were") || t.is("be") || t.is("been")
                || t.is("became") || t.is("become");
    }

    /** The name opens its line or sentence ("Ann Voss, wife expecting a child." in a heading). */
    private boolean opening(int start) {
        String before = start == 0 ? "." : tokens.get(start - 1).text();
        return before.equals(".") || before.equals("!") || before.equals("?")
                || NameIndex.lineBreak(text, tokens.get(start - 1).end(), tokens.get(start).start());
    }

    /** The name stands inside a quotation opened earlier in its line ("“… on Ann Voss, whether …”"). */
    private boolean quoted(int start) {
        int open = 0;
        int straight = 0;
        for (int i = tokens.get(start).start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return open > 0 || straight % 2 == 1;
    }

    /** "director", "assistant": a lower-case word opening an appositive without a determiner. */
    private static boolean bareRoleNoun(Token t) {
        return t.isWord() && !t.isCapitalized() && !Lexicon.isFunctionWord(t)
                && (Lexicon.isTitle(t) || RoleWords.agentNoun(t.norm()));
    }

    /** "61": a number of one to three digits. */
    private static boolean age(Token t) {
        String s = t.text();
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The full stop at token {@code k} ends the sentence: the text ends or a line break or space follows. */
    private boolean sentenceEnd(int k) {
        int e = tokens.get(k).end();
        return e >= text.length() || Character.isWhitespace(text.charAt(e));
    }
}
