package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * A quote inside a sentence that carries on the report of the sentence before it ("Lee argued that the law
 * was crippled. It is a “…”", "… They discussed how “…”", "Doing so “…”"): the quote's clause opens with a
 * pronoun that names no speaker or with a subject-less "-ing so/this/that", its sentence has no attribution of
 * its own, and the sentence before in the same paragraph has a reporting verb with a source
 * ({@link NeighbourSentences#previousInside}). Immutable per article. Limits: reads only the first words of the
 * quote's clause; the pronouns are a fixed list, and a "they" that does name the speakers is still passed over.
 */
final class CarriedReport {

    private static final Set<String> CARRYING_PRONOUN = Set.of("it", "this", "that",
            "they", "these", "those", "he", "she", "there", "there’s", "there's");

    private final TextIndex index;
    private final NeighbourSentences neighbours;

    CarriedReport(TextIndex index, NeighbourSentences neighbours) {
        this.index = index;
        this.neighbours = neighbours;
    }

    /**
     * The attribution of the sentence before, when quote {@code q} (with {@code before} the words before it in
     * its sentence) carries on its report and {@code a} is none or a subject "It"/"This"; else {@code a}.
     */
    Attribution orCarried(Attribution a, MarkedQuote q, List<Token> before, SentenceSources sources) {
        if (sources != null && (a == null || itPronoun(a)) && carriesReport(before)
                && sources.of(index.sentenceIndex(q.open())) == null) {
            Attribution carried = neighbours.previousInside(q, sources);
            return carried != null ? carried : a;
        }
        return a;
    }

    /**
     * "It is a “…”", "they discussed how …", "Doing so “…”": the quote's clause opens with a pronoun that
     * names no speaker or with a subject-less "-ing so/this/that", so it may carry on the sentence before.
     */
    private boolean carriesReport(List<Token> before) {
        int s = SentenceOpening.clauseStart(index.text(), before);
        if (s >= before.size()) {
            return false;
        }
        Token t = before.get(s);
        if (CARRYING_PRONOUN.contains(t.norm())) {
            return true;
        }
        return s + 1 < before.size() && t.isCapitalized() && t.norm().endsWith("ing")
                && (before.get(s + 1).is("so") || before.get(s + 1).is("this") || before.get(s + 1).is("that"));
    }

    /** A subject "It" or "This" (what the quote describes, not who speaks). */
    private static boolean itPronoun(Attribution a) {
        String t = a.source().text();
        return a.source().pronoun() && (t.equalsIgnoreCase("it") || t.equalsIgnoreCase("this"));
    }
}
