package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * The word lists {@link RoleText} reads a role with, and its test of whether words read as a role at all: no
 * clause word first, no dangling word last, no finite verb or subject pronoun, and a lone lower-case word only
 * when it names an occupation or standing ({@link #agentNoun}). Stateless.
 *
 * <p>Limits: word lists and word endings, not a parser.
 */
final class RoleWords {

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
            "both", "either", "neither", "is", "are", "was", "were", "be", "been", "inside", "outside", "near", "behind",
            "around", "across", "beyond", "within", "without");

    /** Words opening a clause after a comma inside the role ("nominee, during interviews on Thursday"). */
    private static final Set<String> COMMA_CLAUSE = Set.of("during", "in", "on", "at", "after", "before", "when",
            "while", "as", "according", "said", "says", "told", "who", "which", "whose", "where", "with", "by",
            "for", "to", "from", "and", "but", "also", "however", "though", "although", "since", "because", "if",
            "through", "despite", "amid", "under", "then", "even", "including");
    /** Adjectives and adverbs that end like agent nouns. */
    private static final Set<String> ADJECTIVE_ER = Set.of("eager", "clever", "bitter", "proper", "sober", "other",
            "over", "under", "never", "ever", "rather", "together", "further", "later", "earlier", "better",
            "bigger", "greater", "larger", "smaller", "higher", "lower", "newer", "older", "younger");
    /** Words after "to" that are no verb: "to his", "to date". */
    private static final Set<String> INFINITIVE_NOT = Set.of("his", "her", "their", "its", "our", "my", "your",
            "date", "this", "that", "these", "those", "both", "each", "every", "all", "some", "many", "one", "two");
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

    private RoleWords() {
    }

    /** A word that opens a clause, not a role ("during", "referring", "who", "given"). */
    static boolean clauseWord(String n) {
        return CLAUSE.contains(n) || PAST.contains(n) || commaClauseWord(n);
    }

    /** A word opening a clause after a comma ("nominee, during …", "delegate, angered that …", "…, clad in"). */
    static boolean commaClauseWord(String n) {
        return COMMA_CLAUSE.contains(n) || n.endsWith("ing") || n.endsWith("ly") || n.endsWith("ed")
                || Character.isDigit(n.charAt(0));
    }

    /** Whether the words read as a role, not as a clause or a fragment of one. */
    static boolean role(List<Token> w) {
        Token first = w.get(0);
        Token last = w.get(w.size() - 1);
        String f = first.norm();
        if (Character.isDigit(f.charAt(0)) || CLAUSE.contains(f) || DANGLING.contains(last.norm())) {
            return false; // "Aides to", "operative inside"
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
        if (infinitiveFirst(w)) {
            return false; // "keen all week to needle …": an adjective phrase, no role noun before its verb
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
        if (agentEnding(n)) {
            return true;
        }
        return n.endsWith("s") && n.length() > 3 && !PAST.contains(n) && agentNoun(n.substring(0, n.length() - 1));
    }

    /** A singular word naming a person's occupation or standing ("economist", "leader"; not "aides"). */
    static boolean agentEnding(String n) {
        for (String ending : AGENT_ENDINGS) {
            if (n.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "keen all week to needle …", "quick to blame …": an infinitive ("to" before a lower-case word that is no
     * determiner) with no capitalised word, title or agent noun before it ("eager" ends like one but is none).
     * "adviser to the mayor", "envoy to Peru", "ambassador from 2007 to 2013" and "lawyer for a group to file
     * suit" keep their role.
     */
    private static boolean infinitiveFirst(List<Token> w) {
        for (int k = 1; k + 1 < w.size(); k++) {
            Token next = w.get(k + 1);
            if (w.get(k).is("to") && Character.isLetter(next.text().charAt(0)) && !next.isCapitalized() && !Lexicon.isDeterminer(next)
                    && !next.isPossessive() && !INFINITIVE_NOT.contains(next.norm())) {
                for (int j = 0; j < k; j++) {
                    Token t = w.get(j);
                    if (t.isCapitalized() || Lexicon.isTitle(t) || agentNoun(t.norm()) && !ADJECTIVE_ER.contains(t.norm())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
