package org.newsquotes.extraction.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.text.Token;

/**
 * The role the reporter writes for a person anywhere in the article, for a speaker whose attributions carry
 * none ("Rick Voss, the campaign's new political director, joined …" and later "Voss said"): the first place the
 * person's full name is written with title words right before it ("Farm Institute director Rick Voss") or an
 * appositive right after it ("Rick Voss, the director of the Farm Institute,") or right before it ("the
 * institute's director, Rick Voss,"). The words are read as the attribution's are ({@link MentionParser},
 * {@link RoleText}). Built per article; the capitalised words are indexed once and answers are cached per name.
 *
 * <p>Limits: full names of two words or more only, matched word for word as written (a name written with a
 * middle initial elsewhere is not found); appositives as {@link WrittenAppositive} reads them; title words
 * inside quotation marks are read too; only the first {@value #MAX_PLACES} places of a name's first word are
 * looked at.
 */
public final class WrittenRoles {

    private static final int MAX_TITLE = 6;
    /** Places of a name's first word looked at, at most: keeps the scan linear in a long article. */
    private static final int MAX_PLACES = 40;
    private static final int HEADLINE_REACH = 40;

    private final String text;
    private final List<Token> tokens;
    private final Map<String, String> found = new HashMap<>();
    /** Where each capitalised word is written (filled on the first question): a name is looked for there only. */
    private Map<String, List<Integer>> at;
    private WrittenAppositive appositive;

    public WrittenRoles(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The role first written for the person {@code name} ("Rick Voss"), or null. */
    public String roleOf(String name) {
        if (name == null || name.indexOf(' ') < 0) {
            return null;
        }
        return found.computeIfAbsent(name, this::scan);
    }

    private String scan(String name) {
        String[] words = name.split(" ");
        List<Integer> places = index().getOrDefault(words[0], List.of());
        for (int p = 0; p < places.size() && p < MAX_PLACES; p++) {
            int i = places.get(p);
            if (i + words.length <= tokens.size() && matches(words, i)) {
                String role = before(i, i + words.length, name);
                role = role != null ? role : appositive().after(i, i + words.length);
                role = role != null ? role : appositive().preposed(i, i + words.length);
                if (role != null && RoleShape.personRole(role)) {
                    return role;
                }
            }
        }
        return null;
    }

    private WrittenAppositive appositive() {
        if (appositive == null) {
            appositive = new WrittenAppositive(text, tokens);
        }
        return appositive;
    }

    private Map<String, List<Integer>> index() {
        if (at == null) {
            at = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).isCapitalized()) {
                    at.computeIfAbsent(tokens.get(i).text(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        return at;
    }

    private boolean matches(String[] words, int at) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).text().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** "Farm Institute director Rick Voss": title words before the name, read as an attribution's phrase. */
    private String before(int start, int end, String name) {
        if (start == 0 || !headWord(tokens.get(start - 1)) || headline(start)) {
            return null;
        }
        int s = start;
        while (s > 0 && start - s < MAX_TITLE && roleWord(tokens, s - 1)) {
            s--;
        }
        if (predicateNoun(s)) {
            return null;
        }
        Mention m = MentionParser.parse(text, tokens.subList(s, end), null);
        return m != null && name.equals(m.name()) && !relativeClause(s, m.role(), end) ? m.role() : null;
    }

    /** "the aide Rick Voss hired was …": the name opens a relative clause ({@link ContactClause}). */
    private boolean relativeClause(int s, String role, int end) {
        boolean determined = role != null && ContactClause.determined(role)
                || s > 0 && ContactClause.determiner(tokens.get(s - 1).text());
        return determined && ContactClause.after(text, tokens.get(end - 1).end());
    }

    /**
     * "was the best friend Rick Voss hoped to have": the words after "is/was the" are the predicate of a clause
     * whose relative clause the name opens, not a title written before the name.
     */
    private boolean predicateNoun(int s) {
        if (s < 2) {
            return false;
        }
        Token det = tokens.get(s - 1);
        Token verb = tokens.get(s - 2);
        return (det.is("the") || det.is("a") || det.is("an")) && (verb.is("is") || verb.is("was") || verb.is("are")
                || verb.is("were") || verb.is("be") || verb.is("been") || verb.is("became") || verb.is("become"));
    }

    /**
     * The word right before the name heads a role: a title ("director") or a singular noun for one ("leader");
     * a lower-case word in "-s" is rather a verb ("writes Rick Voss").
     */
    static boolean headWord(Token t) {
        if (!t.isWord() || Lexicon.isFunctionWord(t)) {
            return false;
        }
        return Lexicon.isTitle(t) || RoleWords.agentNoun(t.norm()) && !(t.norm().endsWith("s") && !t.isCapitalized());
    }

    /** A word of a title before a name: no function word (but "of"/"to" after a title), verb or possessive. */
    static boolean roleWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.isWord()) {
            return false;
        }
        if (t.is("of") || t.is("to")) {
            return k > 0 && Lexicon.isTitle(tokens.get(k - 1));
        }
        String n = t.norm();
        boolean verbLike = !t.isCapitalized() && (n.endsWith("ed") || n.endsWith("ing") || n.endsWith("ly"));
        return !Lexicon.isFunctionWord(t) && !Lexicon.isPronoun(t) && !verbLike && !RoleWords.clauseWord(n);
    }

    /**
     * The name stands in a title-case line ("Farm Chief Praises Rick Voss"): every word before it capitalised
     * (only the last {@value #HEADLINE_REACH} tokens are looked at, so that a long line costs no more).
     */
    private boolean headline(int start) {
        int words = 0;
        for (int k = start - 1; k >= 0 && start - k <= HEADLINE_REACH && !lineBreakAfter(k); k--) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.isCapitalized()) {
                return false;
            }
            words += t.isWord() ? 1 : 0;
        }
        return words >= 2;
    }

    /** Whether a line break stands between token {@code k} and the next one. */
    private boolean lineBreakAfter(int k) {
        return k + 1 < tokens.size() && NameIndex.lineBreak(text, tokens.get(k).end(), tokens.get(k + 1).start());
    }
}
