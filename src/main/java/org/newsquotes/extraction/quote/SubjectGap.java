package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.PhraseBounds.nameBeforeFiniteVerb;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;

/**
 * The words a writer puts between a subject and its reporting verb, walked back over from the verb: listed
 * auxiliaries, adverbs and time words ("Smith also said", "Lee has repeatedly told", "Okafor on Monday said"),
 * a manner adverb after a name or pronoun ("Marlowe jokingly said"), a listed adjective before "to" ("Lee
 * was quick to add"), and a listed verb taking an infinitive or gerund ("Lee started to call", "Lee kept
 * asking"). A "had" right before a gerund ("the problems Lee had answering …") leaves the gerund without a
 * subject. A capitalised "Will" or "May" before a finite verb is a name, not skipped. Stateless.
 * Limits: the skipped words are fixed lists, and the walk does not check that the words form a phrase.
 */
final class SubjectGap {

    private static final Set<String> SKIP = Set.of(
            "also", "has", "have", "had", "is", "was", "were", "are", "would", "will", "later", "then",
            "previously", "once", "repeatedly", "recently", "simply", "just", "again", "further",
            "reportedly", "publicly", "often", "already", "never", "not", "first", "initially",
            "subsequently", "flatly", "bluntly", "frequently", "privately", "separately", "earlier", "still",
            "even", "did", "does", "could", "might", "may", "should", "can", "must", "ve", "’ve", "'ve",
            "finally", "quickly", "went", "on", "to", "emphatically", "directly", "explicitly", "openly",
            "angrily", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "last",
            "himself", "herself", "however", "too", "personally", "instead", "now", "each", "both");
    /** "Lee started to call it", "Lee kept asking": a verb whose subject is its infinitive's or gerund's too. */
    private static final Set<String> CATENATIVE = Set.of("started", "starts", "began", "begins", "begun",
            "continued", "continues", "kept", "keeps", "tried", "tries", "decided", "decides", "chose", "sought",
            "seemed", "seems", "appeared", "appears", "wanted", "wants", "managed", "used", "needs", "needed",
            "proceeded", "proceeds");
    /** "Lee was quick to add": an adjective before "to" and its verb, skipped like an auxiliary. */
    private static final Set<String> READY = Set.of("quick", "careful", "eager", "keen");

    private SubjectGap() {
    }

    /**
     * The index of the last token before the gap that ends at the verb {@code c} in {@code w}, never below
     * {@code lo} unless the verb stands at {@code lo} (then {@code c - 1}).
     */
    static int before(List<Token> w, int c, int lo) {
        int j = c - 1;
        if (j >= lo && j > 0 && perfectBeforeGerund(w, j, c)) {
            return -1; // "the “problems” Lee had answering questions": "had" is no auxiliary of the gerund
        }
        while (j >= lo && (SKIP.contains(w.get(j).norm()) && !nameBeforeFiniteVerb(w, j, c)
                || mannerAdverb(w, j, lo) || readyTo(w, j) || catenative(w, j, c)) && j > lo) {
            j--;
        }
        return j;
    }

    /**
     * "Marlowe jokingly said", "she sharply told": a lower-case "-ly" word right after a name or pronoun is an
     * adverb between the subject and its verb ("The family said" keeps "family": a determiner precedes it); also
     * after the comma closing an appositive ("Jo Lee, the head of the union, forcefully told").
     */
    static boolean mannerAdverb(List<Token> w, int j, int lo) {
        Token t = w.get(j);
        String n = t.norm();
        if (j <= lo || t.isCapitalized() || n.length() < 5 || !n.endsWith("ly")) {
            return false;
        }
        Token before = w.get(j - 1);
        return before.isWord() && (before.isCapitalized() && !Lexicon.isDeterminer(before)
                || Lexicon.isPronoun(before)) || before.text().equals(",");
    }

    /**
     * "started to call", "kept asking": a lower-case listed verb right before "to" or before the gerund at
     * {@code c}; its subject is the reporting verb's.
     */
    static boolean catenative(List<Token> w, int j, int c) {
        Token t = w.get(j);
        if (t.isCapitalized() || !CATENATIVE.contains(t.norm())) {
            return false;
        }
        return j + 1 < c && w.get(j + 1).is("to") || j + 1 == c && w.get(c).norm().endsWith("ing");
    }

    /** "had answering", "has saying": a perfect auxiliary right before the gerund at {@code c} (never a tense). */
    static boolean perfectBeforeGerund(List<Token> w, int j, int c) {
        String n = w.get(j).norm();
        return j == c - 1 && w.get(c).norm().endsWith("ing")
                && (n.equals("had") || n.equals("has") || n.equals("have"));
    }

    /** "quick to", "careful to": a lower-case listed adjective right before "to" (not "Becky Quick said"). */
    static boolean readyTo(List<Token> w, int j) {
        return j + 1 < w.size() && w.get(j + 1).is("to") && !w.get(j).isCapitalized()
                && READY.contains(w.get(j).norm());
    }
}
