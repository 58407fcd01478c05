package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * Tidies the role a {@link Mention} carries, whichever reader wrote it: the words before a name ("Senate
 * Majority Leader") and an appositive ("director of the Farm Institute"). It drops what is no role: an honorific
 * left before the name ("former senator Dr." gives "former senator"), a sentence word before the title ("However,",
 * "When Prime Minister" gives "Prime Minister"), an age ("61"), a relative or participle clause ("who runs …",
 * "referring to …"; "who is the chairman of …" keeps "the chairman of …"), a clause after a comma ("nominee,
 * during interviews …"), and what is left of a clause cut before the name: a fragment ending in a preposition,
 * conjunction or determiner ("Aides to", "the speeches by"), one holding a subject pronoun ("he canceled"), or a
 * lone lower-case word that is no title or agent noun ("warm-and-fuzzy", "given"); a past clause at its head
 * ({@link PastClause}: "led by campaign manager" gives "campaign manager"). Stateless.
 *
 * <p>Limits: word lists and word endings, not a parser; a wrong source read upstream keeps whatever title-like
 * words it caught; case is kept as written ("Billionaire" opening a sentence stays capitalised).
 */
final class RoleText {

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "miss",
            "messrs.", "mmes.", "sir", "dame");
    /** Sentence words that can stand before a title without being part of it. */
    private static final Set<String> OPENERS = Set.of("and", "but", "or", "nor", "so", "yet", "then", "however",
            "meanwhile", "also", "even", "now", "still", "though", "although", "when", "while", "as", "since",
            "because", "if", "like", "unlike", "including", "indeed", "thus", "later", "again", "too", "plus",
            "instead", "only", "once", "said", "says", "whether", "where", "neither", "either", "both", "not",
            "just", "maybe", "perhaps", "ever", "never", "always", "often", "already", "well", "yes", "oh",
            "sometimes", "first", "finally", "next", "there's", "out", "up", "off");
    /** Words after which the rest of the role is a clause, not the role ("… owner who rebuffed …"). */
    private static final Set<String> CUT = Set.of("who", "who's", "who’s", "whose", "whom", "which", "where");
    /** After a comma, these open another person's role ("Rep., his Democratic opponent"). */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its");
    /** "one of the paper's [authors]": a part of a group whose noun was cut off, unlike "a friend of Voss's". */
    private static final Set<String> PARTITIVES = Set.of("one", "two", "three", "some", "many", "each", "all",
            "several", "most", "any", "none");
    /** One person's abbreviated title written for several ("Sens. Lee and Voss"). */
    private static final Set<String> PLURAL_TITLES = Set.of("sens.", "reps.", "govs.", "gens.");

    private RoleText() {
    }

    /** The role tidied, or null when nothing of a role is left. */
    static String clean(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        int glue = Math.max(TitleRun.afterGlue(role), role.lastIndexOf('\n') + 1);
        if (glue > 0) {
            return clean(role.substring(glue)); // "Getty ImagesOhio Gov.", a heading line before the role
        }
        List<Token> w = Tokenizer.tokenize(role, 0, role.length(), false);
        int s = 0;
        int e = cutClause(w);
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && (!w.get(s).isWord() || OPENERS.contains(w.get(s).norm()) || beforeTitle(w, s, e))) {
                s++;
                changed = true;
            }
            while (e > s && (!w.get(e - 1).isWord() || HONORIFICS.contains(w.get(e - 1).norm()))) {
                e--;
                changed = true;
            }
            if (s + 2 < e && (w.get(s).is("who") || w.get(s).is("who’s") || w.get(s).is("who's"))) {
                s = relativeRole(w, s, e);
                changed = s < e;
            }
        }
        s = TitleRun.start(w, PastClause.skip(w, s, e), e);
        e = s < e && w.get(e - 1).isPossessive() ? beforeOwner(w, s, e) : e;
        if (s >= e || !RoleWords.role(w.subList(s, e))) {
            return null;
        }
        return asWritten(role, w, s, e);
    }

    /**
     * The role's words as written, but for a determiner capitalised only because it opened the sentence ("The
     * Russian ambassador" gives "the Russian ambassador") and a plural title ("Sens." gives "Sen.").
     */
    private static String asWritten(String role, List<Token> w, int s, int e) {
        Token last = w.get(e - 1);
        boolean plural = PLURAL_TITLES.contains(last.norm());
        String out = role.substring(w.get(s).start(), plural ? last.end() - 2 : last.end()) + (plural ? "." : "");
        Token first = w.get(s);
        boolean sentenceDeterminer = s + 1 < e && w.get(s + 1).isWord() && first.isCapitalized()
                && (first.text().equals("The") || first.text().equals("A") || first.text().equals("An"));
        return sentenceDeterminer ? Character.toLowerCase(out.charAt(0)) + out.substring(1) : out;
    }

    /** "with Sen." (a preposition caught before the title of the person it governs): skipped. */
    private static boolean beforeTitle(List<Token> w, int s, int e) {
        return w.get(s).is("with") && s + 1 < e && w.get(s + 1).isCapitalized();
    }

    /** "who is the chairman of …": the role after "who is/was"; otherwise the end (the clause is no role). */
    private static int relativeRole(List<Token> w, int s, int e) {
        boolean contracted = !w.get(s).is("who");
        int verb = contracted ? s : s + 1;
        boolean copula = contracted || w.get(verb).is("is") || w.get(verb).is("was");
        int det = verb + 1;
        if (copula && det < e - 1 && (w.get(det).is("a") || w.get(det).is("an") || w.get(det).is("the"))) {
            return det;
        }
        return e;
    }

    /**
     * A role ending in an owner whose role noun was cut off ("CNN’s", "the Post's"): the role before its last
     * "and" ("scholar at the Farm Institute and one of the paper's" gives "scholar at the Farm Institute"), the
     * whole when "of" owns it ("a close friend of Mrs. Voss's"), otherwise nothing.
     */
    private static int beforeOwner(List<Token> w, int s, int e) {
        int k = e - 2;
        while (k >= s && (w.get(k).isCapitalized() || w.get(k).is("the")) && !w.get(k).is("of")) {
            k--;
        }
        if (k > s && w.get(k).is("of") && !PARTITIVES.contains(w.get(k - 1).norm())) {
            return e;
        }
        for (int a = e - 2; a > s; a--) {
            if (w.get(a).is("and")) {
                return a;
            }
        }
        return s;
    }

    /** "D-N.Y.", "R-Ohio": a party and state tag. */
    private static boolean partyTag(Token t) {
        String n = t.norm();
        return n.length() > 2 && n.charAt(1) == '-' && "dri".indexOf(n.charAt(0)) >= 0;
    }

    /** Whether the bracket opened at {@code open} is closed inside the role. */
    private static boolean closes(List<Token> w, int open) {
        for (int k = open + 1; k < w.size(); k++) {
            if (w.get(k).text().equals(")")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the role: before a relative pronoun, a clause or another person's role after a comma
     * ("Rep., his opponent"), or a bracket left open ("staffer for Sen. Voss (D-Ohio").
     */
    private static int cutClause(List<Token> w) {
        for (int i = 1; i < w.size(); i++) {
            Token t = w.get(i);
            if (CUT.contains(t.norm())) {
                return i;
            }
            if (t.text().equals(",") || t.text().equals("—") || t.text().equals("(")) {
                Token next = i + 1 < w.size() ? w.get(i + 1) : null;
                if (next == null || next.isWord() && !next.isCapitalized() && RoleWords.commaClauseWord(next.norm())
                        || POSSESSIVE_DETERMINERS.contains(next.norm()) || t.text().equals("(") && partyTag(next) && !closes(w, i)) {
                    return i;
                }
            }
        }
        return w.size();
    }
}
