package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * Support or criticism received rather than given: "Lee has the strong support of the union", "Lee received
 * backing from mayors", "Lee enjoys broad support among farmers", "the plan drew sharp criticism from farmers". The content is the one supported, the subject before
 * the verb of having or getting, and the source the phrase after "of", "from" or "among". Limits: only the
 * nouns in {@link #NOUNS} after a verb in {@link #RECEIVING} with at most {@value #MAX_MODIFIERS} words between;
 * the subject is the short phrase before the verb (no parser). Stateless; constant work per cue.
 */
final class SupportRecipient {

    /** Nouns of support whose holder is the one supported. */
    static final WordSet NOUNS = WordSet.of("support", "backing", "endorsement", "endorsements", "criticism",
            "criticisms", "praise", "attacks", "attack", "opposition", "favor");

    /** Verbs of having or getting support. */
    static final WordSet RECEIVING = WordSet.of("has", "have", "had", "having", "received", "receives",
            "receive", "receiving", "earned", "earns", "earn", "won", "wins", "win", "drew", "draws", "draw",
            "enjoys", "enjoy", "enjoyed", "got", "gets", "gained", "gains", "garnered", "secured", "consolidated",
            "drawn", "drawing", "faced", "faces", "face", "facing", "winning", "earning", "attracted", "attracts");

    /** Particles that open the givers of the support. */
    static final WordSet GIVERS = WordSet.of("of", "from", "among");

    /** Most words (articles, adjectives, figures) between the verb and the noun: "has the overwhelming support". */
    static final int MAX_MODIFIERS = 3;

    private SupportRecipient() {
    }

    /** The reading of the support noun at {@code i}, or null when it is not "X has/receives ... support of Y". */
    static Found read(List<Token> t, int i) {
        if (!NOUNS.contains(t.get(i).norm()) || i + 2 >= t.size() || !GIVERS.contains(t.get(i + 1).norm())) {
            return null;
        }
        int v = i - 1;
        while (v >= 0 && i - v <= MAX_MODIFIERS && modifier(t.get(v))) {
            v--;
        }
        if (v < 1 || !RECEIVING.contains(t.get(v).norm()) || HAVING.contains(t.get(v).norm()) && participle(t.get(v + 1))) {
            return null;    // "has lobbed criticisms of X": "has" is an auxiliary there
        }
        int last = SubjectEnd.skipAuxBack(t, v);
        if (last < 0 || !t.get(last).word() || Words.COORDINATORS.contains(t.get(last).norm())
                || Words.NOT_BEFORE_VERB.contains(t.get(last).norm())) {
            return null;
        }
        int first = SourceFinder.phraseStart(t, last, 0);
        int to = ContentBounds.phraseEnd(t, i + 2);
        Span givers = to > i + 2 ? SourceFinder.span(t, i + 2, to - 1) : null;
        return new Found(Attribution.NOUN, i, i + 1, first, last + 1, givers);
    }

    /** Forms of "have", which are also auxiliaries. */
    static final WordSet HAVING = WordSet.of("has", "have", "had", "having");

    private static boolean participle(Token w) {
        return w.word() && !w.capitalized() && w.norm().length() > 4 && (w.norm().endsWith("ed") || w.norm().endsWith("en"));
    }

    private static boolean modifier(Token w) {
        return w.word() && (Words.DETERMINERS.contains(w.norm()) || Words.DEGREE.contains(w.norm())
                || !w.capitalized() && !Words.AUX.contains(w.norm()) && !RECEIVING.contains(w.norm())
                && !Words.NOT_BEFORE_VERB.contains(w.norm()));
    }
}
