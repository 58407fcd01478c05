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
 * lone lower-case word that is no title or agent noun ("warm-and-fuzzy", "given"). Stateless.
 *
 * <p>Limits: word lists and word endings, not a parser; a wrong source read upstream keeps whatever title-like
 * words it caught; case is kept as written ("Billionaire" opening a sentence stays capitalised).
 */
final class RoleText {

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "miss",
            "messrs.", "mmes.");
    /** Sentence words that can stand before a title without being part of it. */
    private static final Set<String> OPENERS = Set.of("and", "but", "or", "nor", "so", "yet", "then", "however",
            "meanwhile", "also", "even", "now", "still", "though", "although", "when", "while", "as", "since",
            "because", "if", "like", "unlike", "including", "indeed", "thus", "later", "again", "too", "plus",
            "instead", "only", "once", "said", "says", "whether", "where", "neither", "either", "both", "not",
            "just", "maybe", "perhaps", "ever", "never", "always", "often", "already", "well", "yes", "oh",
            "sometimes", "first", "finally", "next", "there's", "out", "up", "off");
    /** Words a role never opens with: it is a clause. */
    private static final Set<String> CLAUSE = Set.of("who", "whom", "whose", "which", "that", "what", "is", "are",
            "was", "were", "has", "have", "had", "does", "did", "do", "will", "would", "can", "could", "should",
            "may", "might", "must", "asked", "told", "given", "according", "it", "he", "she", "they", "we", "i",
            "you", "there", "this", "these", "those", "here", "who's", "who’s", "let", "listen", "read", "see",
            "watch", "more", "most", "many", "much", "some", "all", "no", "none", "each", "every", "such", "other",
            "others", "in", "on", "at", "from", "into", "through", "during", "amid", "after", "before", "despite",
            "under", "by", "to", "for", "about", "of", "over", "against", "without", "within", "among", "almost",
            "with");
    /** Past forms a role never ends with: a clause cut before the name ("the jury found"). */
    private static final Set<String> PAST = Set.of("found", "said", "told", "wrote", "made", "took", "gave", "came",
            "went", "saw", "knew", "thought", "felt", "became", "began", "left", "says", "tells", "thinks", "chosen",
            "known", "seen", "taken", "gives", "writes", "rejects", "clad");
    /** Finite verbs that make a role a clause wherever they stand ("the delegate math is daunting"). */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "isn't",
            "wasn't", "says", "said", "will", "would", "can", "could", "does", "did");
    /** Words a role never ends with: a fragment cut before the name. */
    private static final Set<String> DANGLING = Set.of("of", "to", "by", "for", "with", "and", "or", "nor", "the",
            "a", "an", "in", "on", "at", "from", "about", "that", "than", "as", "like", "but", "into", "over",
            "against", "between", "among", "toward", "towards", "upon", "under", "after", "before", "via",
            "whom", "whose", "which", "who", "his", "her", "their", "its", "our", "my", "your", "this", "these",
            "both", "either", "neither", "is", "are", "was", "were", "be", "been");
    /** Words after which the rest of the role is a clause, not the role ("… owner who rebuffed …"). */
    private static final Set<String> CUT = Set.of("who", "who's", "who’s", "whose", "whom", "which", "where");
    /** Words opening a clause after a comma inside the role ("nominee, during interviews on Thursday"). */
    private static final Set<String> COMMA_CLAUSE = Set.of("during", "in", "on", "at", "after", "before", "when",
            "while", "as", "according", "said", "says", "told", "who", "which", "whose", "where", "with", "by",
            "for", "to", "from", "and", "but", "also", "however", "though", "although", "since", "because", "if",
            "through", "despite", "amid", "under", "then", "even", "including");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him",
            "them", "us", "me");
    /** Endings of a lone lower-case word that names a person's occupation or standing. */
    private static final String[] AGENT_ENDINGS = {"er", "or", "ist", "ian", "ant", "dent", "gent", "nent", "man",
        "woman", "ee", "ive", "ary", "eer", "ier", "yer", "crat", "can", "ite", "ic", "ard", "ess", "ster", "ger", "aide",
        "chief", "head", "star", "host", "owner", "boss", "judge", "veteran", "adviser", "activist", "candidate",
        "nominee", "hopeful", "contender", "rival", "critic", "official", "expert", "analyst", "scholar",
        "economist", "lawmaker", "legislator", "senator", "mayor", "governor", "widow", "wife", "husband",
        "son", "daughter", "mother", "father", "brother", "sister", "friend", "ally", "partner", "colleague",
        "spokesperson", "leader", "founder", "heir", "diplomat", "envoy", "attorney", "counsel", "general", "guru",
        "mogul", "magnate", "tycoon", "billionaire", "millionaire", "celebrity", "comedian", "icon", "pollster",
        "strategist", "consultant", "surrogate", "coach", "ceo", "cfo", "actress", "actor", "pastor", "priest",
        "rabbi", "imam", "bishop", "sheriff", "deputy", "agent", "trooper", "marine", "soldier", "student", "fellow",
        "councilmember", "congresswoman", "congressman", "businesswoman", "businessman", "chairwoman"};

    private RoleText() {
    }

    /** The role tidied, or null when nothing of a role is left. */
    static String clean(String role) {
        if (role == null || role.isBlank()) {
            return null;
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
        if (s >= e || !role(w.subList(s, e))) {
            return null;
        }
        return role.substring(w.get(s).start(), w.get(e - 1).end());
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

    /** The end of the role: before a relative pronoun or a clause after a comma. */
    private static int cutClause(List<Token> w) {
        for (int i = 1; i < w.size(); i++) {
            Token t = w.get(i);
            if (CUT.contains(t.norm())) {
                return i;
            }
            if (t.text().equals(",") || t.text().equals("—") || t.text().equals("(")) {
                Token next = i + 1 < w.size() ? w.get(i + 1) : null;
                if (next == null || next.isWord() && !next.isCapitalized() && commaClauseWord(next.norm())) {
                    return i;
                }
            }
        }
        return w.size();
    }

    /** A word that opens a clause, not a role ("during", "referring", "who", "given"). */
    static boolean clauseWord(String n) {
        return CLAUSE.contains(n) || PAST.contains(n) || commaClauseWord(n);
    }

    /** A word opening a clause after a comma ("nominee, during …", "delegate, angered that …", "…, clad in"). */
    private static boolean commaClauseWord(String n) {
        return COMMA_CLAUSE.contains(n) || n.endsWith("ing") || n.endsWith("ly") || n.endsWith("ed")
                || Character.isDigit(n.charAt(0));
    }

    /** Whether the words read as a role, not as a clause or a fragment of one. */
    private static boolean role(List<Token> w) {
        Token first = w.get(0);
        Token last = w.get(w.size() - 1);
        String f = first.norm();
        if (Character.isDigit(f.charAt(0)) || CLAUSE.contains(f) || DANGLING.contains(last.norm())) {
            return false;
        }
        if (!last.isCapitalized() && !Lexicon.isTitle(last) && (PAST.contains(last.norm())
                || last.norm().endsWith("ed") && last.norm().length() > 4)) {
            return false; // "the jury found", "Trump complained"
        }
        boolean clauseEnding = (f.endsWith("ing") || f.endsWith("ly")) && !Lexicon.isTitle(first);
        if (clauseEnding && (!first.isCapitalized() || w.size() == 1 || Lexicon.isDeterminer(w.get(1)))) {
            return false; // "referring to …", "apparently feeling …", "simply no way …", "Entrusting"
        }
        for (Token t : w) {
            if (SUBJECT_PRONOUNS.contains(t.text()) || t.text().equals("I") || FINITE.contains(t.norm())
                    || t.norm().endsWith("n’t") || t.norm().endsWith("n't")) {
                return false;
            }
        }
        int words = 0;
        for (Token t : w) {
            words += t.isWord() ? 1 : 0;
        }
        if (words == 1 && first.text().length() == 2 && first.text().endsWith(".")) {
            return false; // "M.": an initial left of a name
        }
        boolean lone = words == 1 || words == 2 && Lexicon.isDeterminer(first);
        return !lone || last.isCapitalized() || Lexicon.isTitle(last) || agentNoun(last.norm());
    }

    /** A lone lower-case word naming a person's occupation or standing ("economist", "leader", "aides"). */
    static boolean agentNoun(String n) {
        for (String ending : AGENT_ENDINGS) {
            if (n.endsWith(ending)) {
                return true;
            }
        }
        return n.endsWith("s") && n.length() > 3 && !PAST.contains(n) && agentNoun(n.substring(0, n.length() - 1));
    }
}
