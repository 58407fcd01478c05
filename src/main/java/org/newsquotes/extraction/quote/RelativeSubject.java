package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Determiners;
import org.newsquotes.extraction.text.Token;

/**
 * The subject of a verb that opens a relative clause: "a clip that Judge Ana Ruiz called", "the clip, which Lee
 * said", "an incident Mayor Tom Reyes brought up", "the rule the founders wrote", "what Okafor called". The
 * clause is opened by "that", "which" or "whom" after a noun (or ", which"), by "what", or by nothing after a
 * noun with its article; a "that" after a verb ("Lee said that Ortiz …", "the aide learned that …") opens
 * reported speech or a complement, not a relative clause. The subject is read through {@link SourcePhrase} and
 * cut after the marker or the noun. Stateless; looks back a few words from the subject. Limits: no parser; a
 * noun taking a "that" clause ("the fact that Lee …") reads as relative, and a verb not listed or not ending in
 * "-ed" can pass for a noun.
 */
final class RelativeSubject {

    private static final Set<String> MARKERS = Set.of("that", "which", "whom");
    static final Set<String> BE = Set.of("was", "is", "were", "are", "be", "been");
    static final Set<String> MODALS = Set.of("would", "will", "could", "might", "may", "had", "has",
            "have", "should");
    /** Words before a noun that show a noun phrase: articles, possessives, demonstratives. */
    private static final Set<String> NOUN_OPENERS = Determiners.plus("this", "these", "those", "one", "another");
    /** Irregular pasts and presents that take a "that" clause: "the aide knew that …". */
    private static final Set<String> PAST = Set.of("knew", "heard", "felt", "found", "thought", "saw", "understood",
            "meant", "wrote", "told", "said", "got", "made", "showed", "shows", "means", "knows", "hears", "feels");
    private static final int ADJECTIVE_REACH = 3;

    private RelativeSubject() {
    }

    /** The subject of the verb at {@code c} in {@code w} when it opens a relative clause; else null. */
    static Mention of(List<Token> w, int c, SourcePhrase phrases, String text) {
        Mention m = phrases.subject(w, c, 0);
        if (m == null) {
            return null;
        }
        int first = AdjacentCue.firstToken(w, m);
        int e = lastToken(w, first, m);
        int s = first;
        if (s < c && MARKERS.contains(w.get(s).norm())) { // the marker read as a determiner: "that Judge Ruiz"
            s++;
        } else {
            s = afterNoun(w, s, e);
        }
        if (s != first) {
            m = s <= e ? MentionParser.parse(text, w.subList(s, e + 1), null) : null;
        }
        return m != null && subjectStart(w.get(s)) && opensRelative(w, s) ? m : null;
    }

    /** A word a subject can open with: capitalised, a pronoun, an article or possessive ("requires" is none). */
    private static boolean subjectStart(Token t) {
        return t.isCapitalized() || Lexicon.isPronoun(t) || Lexicon.isDeterminer(t) || t.isPossessive()
                || Lexicon.isGroup(t);
    }

    /**
     * "an incident Mayor Tom Reyes brought up as": where a subject read from {@code s} to {@code e} holds a noun
     * followed by a capitalised phrase (no marker opens the clause), the index after that noun; else {@code s}.
     */
    private static int afterNoun(List<Token> w, int s, int e) {
        for (int i = e - 1; i >= s; i--) {
            if (w.get(i + 1).isCapitalized() && noun(w, i)) {
                return i + 1;
            }
        }
        return s;
    }

    /**
     * Whether a relative clause opens at the subject starting at {@code s}: "that" / "which" / "whom" after a
     * noun or ", which"; "what"; or, with no marker, a noun with its article right before the subject ("an incident
     * Reyes …", "the rule the founders wrote").
     */
    private static boolean opensRelative(List<Token> w, int s) {
        if (s < 2) {
            return false;
        }
        Token before = w.get(s - 1);
        if (before.is("what")) {
            return true; // a free relative: "shedding what Gilbert called"
        }
        if (MARKERS.contains(before.norm())) {
            Token head = w.get(s - 2);
            return !before.is("that") && head.text().equals(",") || noun(w, s - 2);
        }
        return noun(w, s - 1);
    }

    /**
     * A lower-case noun at {@code i}: a content word with an article, possessive or demonstrative at most a few
     * words before it ("a clip", "the angry remark"), and no verb: not a reporting verb or a past form ("the
     * senator said that …", "the aide learned that …"), a reporting word only right after its article ("the
     * remark"), no form of "be" or modal between.
     */
    private static boolean noun(List<Token> w, int i) {
        Token t = w.get(i);
        if (!t.isWord() || t.isCapitalized() || Lexicon.isFunctionWord(t) || Lexicon.isDeterminer(t)
                || verbLike(t) && !(reportWord(t.norm()) && ReportingVerb.nounAt(w, i))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= ADJECTIVE_REACH; k--) {
            Token a = w.get(k);
            if (NOUN_OPENERS.contains(a.norm()) || a.isPossessive()) {
                return true;
            }
            if (!a.isWord() || a.isCapitalized() || Lexicon.isFunctionWord(a) || verbLike(a)) {
                return false;
            }
        }
        return false;
    }

    /** A word read as a verb: a reporting word, a past "-ed" form, a listed past, "be" or a modal. */
    private static boolean verbLike(Token t) {
        String n = t.norm();
        return reportWord(n) || n.endsWith("ed") || n.endsWith("ly") || PAST.contains(n) || BE.contains(n)
                || MODALS.contains(n);
    }

    /** A reporting verb or noun, singular or plural ("said", "warnings"). */
    private static boolean reportWord(String norm) {
        return CueLexicon.isCue(norm)
                || norm.endsWith("s") && CueLexicon.isCue(norm.substring(0, norm.length() - 1));
    }

    /** The index of the last token of {@code m} in {@code w}, whose first token is at {@code first}. */
    private static int lastToken(List<Token> w, int first, Mention m) {
        int e = first;
        while (e + 1 < w.size() && w.get(e + 1).end() <= m.span().end()) {
            e++;
        }
        return e;
    }
}
