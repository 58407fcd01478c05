package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A past verb or participle after the head of a source phrase, where the source finder ran on past the noun
 * phrase: "a poll released", "the report published", "the town released a statement", "his team spent".
 * Such a word is a verb when it ends the phrase or a determiner, preposition or particle follows it; before a
 * noun it is an adjective and stays ("an unnamed source", "a retired general"), right after an article or
 * "those" it is the head ("the accused", "those polled"), and before "by" it keeps its agent ("a complaint
 * filed by the regulator"). Limits: "-ed" words and a short list of irregular past forms; "a letter the
 * campaign sent the board" is cut at "sent".
 */
final class PastVerb {

    private static final Set<String> IRREGULAR = Set.of("sent", "spent", "made", "wrote", "written", "took",
            "taken", "gave", "given", "told", "said", "found", "brought", "began", "begun", "paid", "sought",
            "drew", "won", "put", "set", "led", "lost", "held", "kept", "met", "left");
    /** Words after which a participle is the head itself: "the accused", "those polled". */
    private static final Set<String> HEAD_AFTER = Set.of("the", "a", "an", "those");
    private static final Set<String> AFTER = Set.of("a", "an", "the", "this", "that", "his", "her", "their", "its",
            "in", "on", "at", "to", "for", "from", "with", "out", "up", "off", "through", "last", "earlier");

    private PastVerb() {
    }

    /** Whether {@code words[i]} (not the first word) is a past verb that ends the noun phrase before it. */
    static boolean endsNounPhrase(List<Token> words, int i) {
        Token w = words.get(i);
        String n = w.norm();
        boolean past = pastForm(n);
        if (!past || i == 0 || !words.get(i - 1).isWord() || HEAD_AFTER.contains(words.get(i - 1).norm())) {
            return false;
        }
        return i + 1 == words.size() || !words.get(i + 1).isWord() || AFTER.contains(words.get(i + 1).norm());
    }

    /** Whether a lower-case word has the shape of a past form or participle ("criticised", "sent"). */
    static boolean pastForm(String lower) {
        return lower.length() > 4 && lower.endsWith("ed") || IRREGULAR.contains(lower);
    }
}
