package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * What someone speaks, asks, worries or writes about: the phrase after "about", "regarding" or
 * "concerning" ("questions about her health", "talked about how the plan would work", "worried about the
 * deficit"). On the PolNeAR train split the phrase after a non-numeric "about" was annotated content about
 * 70% of the time whatever word governed it, so no cue lexicon is needed. The content is a noun phrase up to
 * a preposition, relative word or clause mark (at most {@link ContentBounds#MAX_PHRASE} words), or a
 * question clause ("about how ...", "about whether ...") up to the next clause mark. Not read as an
 * approximation ("about 30 people", "about a third", "about two-thirds", "about the same", "about to leave"). An indirect question opened by
 * "whether" after a word ("unclear whether the port will reopen", "the debate over whether ...") is read the
 * same way, "whether" included, up to the next clause mark. No source: the one speaking is
 * left to the speaker resolver. Stateless; constant work per word except a question clause (linear).
 */
final class TopicPhrase {

    /** Words whose object is a topic. */
    static final WordSet TOPIC_WORDS = WordSet.of("about", "regarding", "concerning", "whether");

    /** Words that open a question clause as the topic. */
    static final WordSet QUESTION = WordSet.of("how", "what", "whether", "why", "who", "where", "when", "which", "if");

    /** Words after which "about" reads as "approximately" or "on the point of". */
    static final WordSet APPROXIMATE = WordSet.of("to", "a", "an", "half", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
            "billion", "dozen", "dozens", "midnight", "noon", "as", "face");

    /** Words before "about" that make it no topic of speech: "it is about money", "how about a tax". */
    static final WordSet NOT_GOVERNORS = WordSet.of("is", "are", "was", "were", "be", "been", "being", "how", "what");

    /**
     * Words before "whether" that frame an open question in the writer's own voice, not someone's speech: a
     * copula ("the question is whether", "it's whether"), "unclear" ("it is unclear whether"), "seen" ("remains
     * to be seen whether"), "not" ("the question was not whether") and "but" opening the sentence ("But whether
     * ..."). Measured on train: 2 of 18 such readings were annotated content.
     */
    static final WordSet WRITER_FRAMES = WordSet.of("is", "was", "are", "were", "unclear", "seen", "not", "but");

    private static boolean framed(String before) {
        return WRITER_FRAMES.contains(before) || before.endsWith("'s") && before.length() <= 5;
    }

    private TopicPhrase() {
    }

    /** The topic read off the word at {@code i}, or null when it is no topic word or reads as a quantity. */
    static Found read(List<Token> t, int i) {
        if (t.get(i).is("whether")) {
            int to = ClauseEdges.clauseEnd(t, i + 1);
            return i > 0 && t.get(i - 1).word() && !framed(t.get(i - 1).norm()) && to - i >= 3
                    ? new Found(Attribution.TOPIC, i, i + 1, i, to, null) : null;
        }
        if (!TOPIC_WORDS.contains(t.get(i).norm()) || i == 0 || !t.get(i - 1).word() || i + 1 >= t.size()
                || NOT_GOVERNORS.contains(t.get(i - 1).norm()) || t.get(i - 1).norm().endsWith("'s")) {
            return null;
        }
        Token first = t.get(i + 1);
        if (!first.word() || Character.isDigit(first.norm().charAt(0)) || APPROXIMATE.contains(first.norm())
                && !(first.is("a") || first.is("an")) || approximateArticle(t, i + 1) || fraction(first.norm())
                || first.is("the") && i + 2 < t.size() && t.get(i + 2).is("same")) {
            return null;
        }
        int from = i + 1;
        int to = QUESTION.contains(first.norm()) ? ClauseEdges.clauseEnd(t, from) : ContentBounds.phraseEnd(t, from);
        return to > from ? new Found(Attribution.TOPIC, i, i + 1, from, to, null) : null;
    }

    /** "a third", "an hour", "a dozen": an article opening a quantity or a span of time. */
    private static boolean approximateArticle(List<Token> t, int k) {
        if (!(t.get(k).is("a") || t.get(k).is("an")) || k + 1 >= t.size()) {
            return false;
        }
        String next = t.get(k + 1).norm();
        return APPROXIMATE.contains(next) || Words.TIME.contains(next) || QUANTITY.contains(next);
    }

    /** "two-thirds", "one-fifth": a hyphenated figure opening with a number word ("about two-thirds of voters"). */
    private static boolean fraction(String norm) {
        int dash = norm.indexOf('-');
        return dash > 0 && APPROXIMATE.contains(norm.substring(0, dash));
    }

    /** Nouns of quantity and time after "about a/an". */
    static final WordSet QUANTITY = WordSet.of("third", "quarter", "fifth", "tenth", "minute", "hour", "day", "decade",
            "mile", "percent", "foot", "yard", "meter", "inch", "pound", "ton", "few", "handful", "score", "year",
            "month", "week");
}
