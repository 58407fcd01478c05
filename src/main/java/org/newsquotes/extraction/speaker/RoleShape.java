package org.newsquotes.extraction.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * Whether a role a mention carried is worth keeping as a person's role for the rest of the article: it must
 * hold a role noun, a title or agent noun ({@link Lexicon#isTitle}, {@link RoleWords#agentNoun}) that names no
 * thing ("server", "computer"); a run of capitalised words must end in one ("Senate Majority Leader", "Rep., R-Pa.",
 * not a headline run such as "Offensive Things"); and a relational noun ("rival", "friend", "ally") with nothing but
 * adjectives before it ("best friend", "chief rival") names nobody's role: it needs what it relates to ("a
 * friend of the couple's", "Carson's longtime friend", "Democratic rival"). Refused too: a thing ("private
 * email server"). Stateless. Limits: word lists and endings, not a parse; a role noun anywhere in the phrase
 * is enough ("a broker based in Tampa").
 */
final class RoleShape {

    /** Words ending like agent nouns that name things, not people. */
    private static final Set<String> THINGS = Set.of("server", "servers", "computer", "computers", "letter",
            "paper", "order", "number", "matter", "center", "centre", "power", "border", "chamber", "quarter",
            "water", "corner", "river", "tower", "newspaper", "cancer", "sector", "factor", "error", "monitor",
            "headquarters", "trailer", "poster", "sticker", "flyer", "banner", "theater", "theatre", "offensive");
    /** Role nouns with no agent ending. */
    private static final Set<String> MORE_ROLES = Set.of("surgeon", "neurosurgeon", "professional", "delegate",
            "superdelegate", "constituent", "titan", "maven", "advocate", "legend", "entrepreneur", "cook", "prophet");
    /** Nouns that name a person only by the one they relate to. */
    private static final Set<String> RELATIONAL = Set.of("rival", "rivals", "friend", "friends", "ally", "allies",
            "opponent", "opponents", "foe", "foes", "partner", "partners", "colleague", "colleagues");
    /** Words that can stand before a relational noun without saying whose it is. */
    private static final Set<String> BARE_MODIFIERS = Set.of("a", "an", "the", "best", "close", "closest",
            "longtime", "long-time", "old", "chief", "main", "top", "former", "fellow", "biggest", "staunch",
            "good", "great", "dear", "primary", "campaign", "presidential", "political", "one-time", "onetime");

    private RoleShape() {
    }

    /** Whether {@code role} reads as a person's role (see the class comment). */
    static boolean personRole(String role) {
        List<Token> words = new ArrayList<>();
        int lead = -1;
        for (Token t : Tokenizer.tokenize(role, 0, role.length(), false)) {
            if (t.isWord()) {
                words.add(t);
            } else if (lead < 0 && (t.text().equals(",") || t.text().equals("("))) {
                lead = words.size();
            }
        }
        if (words.isEmpty() || bareRelational(words)) {
            return false;
        }
        List<Token> before = lead > 0 ? words.subList(0, lead) : words;
        if (before.stream().allMatch(Token::isCapitalized) && roleNoun(before.get(before.size() - 1))) {
            return true; // "Senate Majority Leader, R-Ky."
        }
        if (lead <= 0 && words.stream().allMatch(Token::isCapitalized)) {
            return false; // "Offensive Things": a headline run with no role noun last
        }
        return words.stream().anyMatch(RoleShape::roleNoun);
    }

    private static boolean roleNoun(Token t) {
        String n = t.norm();
        return !THINGS.contains(n) && (Lexicon.isTitle(t) || RoleWords.agentNoun(n) || MORE_ROLES.contains(n));
    }

    /** "rival", "best friend", "chief rival": a relational noun last, only plain modifiers before it. */
    private static boolean bareRelational(List<Token> words) {
        if (!RELATIONAL.contains(words.get(words.size() - 1).norm())) {
            return false;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            Token t = words.get(i);
            if (!BARE_MODIFIERS.contains(t.norm()) || t.isPossessive()) {
                return false;
            }
        }
        return true;
    }
}
