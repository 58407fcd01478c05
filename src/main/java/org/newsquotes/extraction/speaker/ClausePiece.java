package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.text.Determiners;

/**
 * Whether a group, organisation or anonymous source name is a piece of a clause that holds a verb, which the source
 * finder (no parser) took for a noun phrase: a lower-case verb followed by an article or possessive ("missed its
 * financial", "the agency confirms a", "immigrants make up a smaller"), a phrase that opens with a lower-case past form
 * before an article, possessive or "to" ("hesitated to repeat"), a lone lower-case past form ("began", "kept"), a
 * phrase that opens with "it", "there", "let" or an indefinite pronoun ("it to voters", "there wasn’t much", "Let me",
 * "something the aides") or "to" before a lower-case verb shape that ends the phrase or has an article or possessive
 * after it ("senators to lead the fight", "Ruritania continues to draw"). Such a phrase names no one; the sieve keeps
 * the mention without a name. A relative word before the verb ("officials who saw the memo") leaves the phrase alone:
 * its head is the source. A negated predicate ("far not passed any bill") is none either ({@link #negated}), whatever
 * its kind. Limits: word shapes and a short list of irregular verbs, not a parser: a noun ending in "-s" before an
 * article ("the documents the agency") counts as a verb, which is right for the source as well (a reduced relative
 * clause, no speaker); "-ing" forms are left alone ("a judge handling a case" stays).
 */
final class ClausePiece {

    /** Articles and possessives that open the object of a verb. */
    private static final Set<String> OBJECT_OPENERS = Determiners.ARTICLES_AND_POSSESSIVES;
    /** Present and base forms with no "-s" or "-ed" ending that stand between a subject and its object. */
    private static final Set<String> BASE_VERBS = Set.of("make", "take", "give", "get", "bring", "let", "become",
            "offer", "help", "face", "mind", "see", "own", "claim", "saw", "ran", "hit", "add", "guess");
    /** "-s" words that are no verbs: adverbs and prepositions ("perhaps the most vocal critic"). */
    private static final Set<String> NOT_VERBS = Set.of("perhaps", "always", "sometimes", "besides", "towards",
            "afterwards", "nevertheless", "whereas", "unless", "thus", "plus", "its", "his", "hers", "yes", "us",
            "news", "this", "was", "is", "as");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it", "you",
            "whom", "those", "these", "this", "that");
    /** Words that open a clause, never a source phrase of two words or more: "it to voters", "Here’s a list". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("it", "there", "here", "let", "something", "nothing",
            "anything", "everything", "instead", "whether");
    private static final Set<String> PARTICLES = Set.of("up", "out", "back", "down", "off");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

    private ClausePiece() {
    }

    /** Whether {@code name} (a source name as written, words split by spaces) holds a verb of its own clause. */
    static boolean clausePiece(String name) {
        String[] w = name.trim().split(" ");
        if (w.length == 1) {
            return lowerWord(w[0]) && PastVerb.pastForm(w[0]);
        }
        if (lowerWord(w[0]) && PastVerb.pastForm(w[0]) && (opensObject(w[1]) || w[1].equals("to"))
                || CLAUSE_OPENERS.contains(CommonWord.bare(w[0]))) {
            return true; // "hesitated to renew", "it handles those questions", "there wasn’t much", "Let me"
        }
        for (int i = 0; i + 1 < w.length; i++) {
            if (RELATIVES.contains(w[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (!lowerWord(w[i])) {
                continue;
            }
            if (w[i].equals("to") && i > 0 && infinitive(w, i + 1)) {
                return true; // "senators to lead the fight", "Ruritania to prevent"
            }
            boolean verb = verb(w[i]) || PARTICLES.contains(w[i]) && i > 0 && lowerWord(w[i - 1]) && verb(w[i - 1]);
            if (verb && opensObject(w[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "far not passed any bill", "voters didn’t approve": a phrase with a lower-case negation ("not",
     * "never" or a "-n’t" contraction) before a lower-case word is a negated predicate, never a noun phrase; one
     * inside a relative clause ("an aide who was not cleared to comment") leaves the phrase a source.
     */
    static boolean negated(String name) {
        String[] w = name.trim().split(" ");
        for (int i = 0; i + 1 < w.length; i++) {
            String n = w[i];
            if (RELATIVES.contains(n.toLowerCase(Locale.ROOT))) {
                return false; // "an aide who was not cleared to comment": the head is the source
            }
            boolean neg = n.equals("not") || n.equals("never")
                    || lowerWord(n) && (n.endsWith("n’t") || n.endsWith("n't"));
            if (neg && lowerWord(w[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** "missed", "confirms", "make", "sent": a past form, a present "-s" form or a listed base form. */
    private static boolean verb(String word) {
        if (PastVerb.pastForm(word) || BASE_VERBS.contains(word)) {
            return true;
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !NOT_VERBS.contains(word);
    }

    /**
     * "to lead the fight", "continues to draw": after "to", a lower-case word that is no article, pronoun,
     * quantifier or plural, followed by an article or possessive or ending the phrase ("close to him", "privy
     * to negotiations", "adviser to both" are no infinitives).
     */
    private static boolean infinitive(String[] w, int at) {
        String v = w[at];
        if (!lowerWord(v) || opensObject(v) || OBJECT_PRONOUNS.contains(v) || CommonWord.quantifier(v)
                || v.endsWith("s")) {
            return false;
        }
        return at + 1 == w.length || opensObject(w[at + 1]);
    }

    private static boolean opensObject(String word) {
        return OBJECT_OPENERS.contains(word);
    }

    /** A word of lower-case letters (an apostrophe allowed: "didn’t"). */
    private static boolean lowerWord(String word) {
        return CommonWord.lowerWord(word, "’'");
    }
}
