package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.PhraseBounds.MAX_APPOSITIVE;
import static org.newsquotes.extraction.quote.PhraseBounds.MAX_NP;
import static org.newsquotes.extraction.quote.PhraseBounds.allNameTokens;
import static org.newsquotes.extraction.quote.PhraseBounds.NP_STOP;
import static org.newsquotes.extraction.quote.PhraseBounds.capitalizedName;
import static org.newsquotes.extraction.quote.PhraseBounds.isPunct;
import static org.newsquotes.extraction.quote.PhraseBounds.nameRunEnd;
import static org.newsquotes.extraction.quote.PhraseBounds.skipParenthesisForward;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.speaker.NameShape;
import org.newsquotes.extraction.text.Token;

/**
 * Reads the source written after an inverted reporting verb: "said Smith", "said a senior official", "said Jo
 * Lee, a lawyer for …" (the part after the comma becomes the role), "said master of ceremonies Jo Lee", "said
 * Rubio’s campaign manager, Jo Smith", "said former Ohio Gov. and Fair Board Chairman Jo Lee" and, joined by
 * "and", "said Lee and Tom Okafor". Immutable
 * (holds only the article text); reads at most a noun phrase and one appositive forward. Limits: no parser; a
 * phrase followed by "that" / "is" / "had" … is taken as the subject of a reported clause and refused, and a
 * non-person phrase ended by "during" / "amid" … is taken as an object.
 */
final class InvertedSource {

    /** Prepositions that close a name read forward after its verb: "said Jo Lee during the debate". */
    private static final Set<String> FORWARD_STOP = Set.of("during", "throughout", "amid", "despite", "through",
            "via", "upon", "among", "between", "within", "without", "outside", "inside", "across", "toward",
            "towards", "behind", "beyond", "near");

    /** After "said X", a word that makes X the subject of a reported clause ("said the judge had …"). */
    private static final Set<String> CLAUSE_VERB = Set.of("that", "is", "was", "were", "are", "has", "had", "have",
            "would", "will", "could", "should", "can", "did", "does", "do", "might", "must", "may", "be");

    private final String text;

    InvertedSource(String text) {
        this.text = text;
    }

    /** The phrase after an inverted verb at {@code c} ("said Smith, a lawyer for …"); null if none. */
    Mention after(List<Token> w, int c, int hi) {
        Mention m = phraseAfter(w, c, hi);
        if (m == null || m.kind() == SpeakerKind.PERSON) {
            return m;
        }
        int e = c + 1;
        while (e < hi && w.get(e).end() < m.span().end()) {
            e++;
        }
        return SourcePhrase.isKnown(m, w.get(Math.min(e, hi - 1))) ? m : null;
    }

    /**
     * The phrase after an inverted verb at {@code c}, of any kind ("said one confidant", "said the Texan"), as
     * {@link #after} reads it before judging whether it can be a source; null if none.
     */
    Mention phraseAfter(List<Token> w, int c, int hi) {
        int s = c + 1;
        int e = s;
        while (e < hi && e - s < MAX_NP && (npWordForward(w.get(e), e == s) || capitalizedName(w, e, hi)
                || e > s && slashed(w, e, hi))) {
            e++;
        }
        e = pastLowerCaseRole(w, s, e, hi);
        e = jointName(w, s, e, hi);
        e = knownAs(w, s, e, hi);
        if (e == s || e < hi && CLAUSE_VERB.contains(w.get(e).norm())) {
            return null;
        }
        if (e + 1 < hi && w.get(e).is("and") && Lexicon.isTitle(w.get(e - 1))) {
            // "said former Ohio Gov. and Fair Board Chairman Jo Lee": two roles of one person, named after the second
            Mention second = after(w, e, hi);
            if (second != null && second.kind() == SpeakerKind.PERSON && !second.pronoun()) {
                return second;
            }
        }
        int after = e < hi && w.get(e).text().equals("(") ? skipParenthesisForward(w, e, hi) : e;
        Mention named = nameAfterDescription(w, s, e, hi);
        if (named != null) {
            return named;
        }
        String role = null;
        if (after < hi && w.get(after).text().equals(",")) {
            int r = after + 1;
            while (r < hi && r - after < MAX_APPOSITIVE && !isPunct(w.get(r), ",;.!?")) {
                r++;
            }
            if (r > after + 1) {
                role = text.substring(w.get(after + 1).start(), w.get(r - 1).end());
            }
        }
        Mention m = MentionParser.parse(text, w.subList(s, e), role);
        if (m != null && m.kind() != SpeakerKind.PERSON && e < hi && FORWARD_STOP.contains(w.get(e).norm())
                && !saidVerb(w.get(c))) {
            return null; // "described the party during an interview as …": an object, not the speaker
        }
        return m;
    }

    /**
     * "said master of ceremonies Jo Lee", "said director of communications Jo Lee": a lower-case role with "of"
     * before a name of two or more words; the end of that phrase, else {@code e} unchanged.
     */
    private static int pastLowerCaseRole(List<Token> w, int s, int e, int hi) {
        if (e >= hi || e == s || !w.get(e).is("of")) {
            return e;
        }
        for (int i = s; i < e; i++) {
            if (!w.get(i).isWord() || w.get(i).isCapitalized()) {
                return e;
            }
        }
        int r = e + 1;
        while (r < hi && r - e <= 3 && w.get(r).isWord() && !w.get(r).isCapitalized()
                && !NP_STOP.contains(w.get(r).norm())) {
            r++;
        }
        int n = nameRunEnd(w, r, hi);
        return r > e + 1 && n - r >= 2 && (n == hi || isPunct(w.get(n), ",.;")) ? n : e;
    }

    /**
     * "said Lee and Tom Okafor, a fellow volunteer": names joined by "and" right after the verb speak together;
     * the end of the second name when a name run of at most four words stands before the "and" at {@code e} and
     * the second run ends the clause (punctuation or the window's end), else {@code e} unchanged ("said Lee and
     * Okafor agreed" is left alone).
     */
    private static int jointName(List<Token> w, int s, int e, int hi) {
        if (e >= hi || e == s || !w.get(e).is("and") || e - s > 4 || !allNameTokens(w.subList(s, e))) {
            return e;
        }
        int n = nameRunEnd(w, e + 1, hi);
        return n > e + 1 && (n == hi || isPunct(w.get(n), ",.;(")) ? n : e;
    }

    /**
     * "said the farm chief known as Tamsin": a description, "known as" and a name run; the end of the name, so
     * that the phrase is read with the name it gives (else {@code e} unchanged: "known as the fixer").
     */
    private static int knownAs(List<Token> w, int s, int e, int hi) {
        if (e + 1 >= hi || e - 1 <= s || !w.get(e).is("as") || !w.get(e - 1).is("known")) {
            return e;
        }
        int n = nameRunEnd(w, e + 1, hi);
        return n > e + 1 && (n == hi || !w.get(n).isWord()) ? n : e;
    }

    /**
     * "said", "says": a verb with no object of its own, so the phrase after it speaks even when a preposition
     * ends it ("said Voss supporters outside the hall", "said the party during the debate").
     */
    private static boolean saidVerb(Token t) {
        return t.is("said") || t.is("says");
    }

    /** "9/11 widow", "D/R": a slash joining two word tokens inside a noun phrase. */
    private static boolean slashed(List<Token> w, int e, int hi) {
        return w.get(e).text().equals("/") && e + 1 < hi && w.get(e - 1).isWord() && w.get(e + 1).isWord()
                && w.get(e + 1).start() == w.get(e).end() && w.get(e - 1).end() == w.get(e).start();
    }

    /**
     * "said Rubio’s campaign manager, Jo Smith, who …", "said her host, actress Jo Smith.": a description with
     * no name, then a name in apposition (after at most two lower-case role words), which is the source.
     */
    private Mention nameAfterDescription(List<Token> w, int s, int e, int hi) {
        if (e + 2 >= hi || !w.get(e).text().equals(",") || NameShape.nameStart(w.subList(s, e)) < e - s) {
            return null;
        }
        int from = e + 1;
        while (from < hi && from - e <= 2 && w.get(from).isWord() && !w.get(from).isCapitalized()
                && !Lexicon.isFunctionWord(w.get(from))) {
            from++;
        }
        int n = nameRunEnd(w, from, hi);
        if (n - from < 2 || n < hi && !isPunct(w.get(n), ",.;")) {
            return null;
        }
        String role = text.substring(w.get(s).start(), w.get(e - 1).end());
        Mention m = MentionParser.parse(text, w.subList(e + 1, n), role);
        return m != null && m.kind() == SpeakerKind.PERSON ? m : null;
    }

    private static boolean npWordForward(Token t, boolean first) {
        if (first && (t.is("that") || t.is("this") || t.is("it"))) {
            return false;
        }
        return t.isWord() && !NP_STOP.contains(t.norm()) && !FORWARD_STOP.contains(t.norm()) && !CueLexicon.isCue(t)
                || Lexicon.isDeterminer(t);
    }
}
