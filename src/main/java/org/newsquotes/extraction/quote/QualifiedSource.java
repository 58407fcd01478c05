package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A described source after a reporting verb, with the words that qualify it: "“…,” said a person close to the
 * mayor", "said one Democrat involved in the bidding, who …". The phrase runs from its determiner up to the
 * next punctuation, relative pronoun, participle, reporting verb or preposition of place ("the man near the
 * door" is "the man"), at most {@link #QUALIFIED_REACH} words,
 * and never ends on a function word. Stateless. Limits: only a phrase headed by a listed source word
 * ({@link Lexicon#isGroup}) or cut before the complement of "close", "familiar", "involved" and the like.
 */
final class QualifiedSource {

    /** At most this many words of a described source are kept ("a person close to the mayor"). */
    private static final int QUALIFIED_REACH = 8;
    /** Adjectives and participles that take a complement: "close to …", "familiar with …", "involved in …". */
    private static final Set<String> TAKE_COMPLEMENT = Set.of("close", "familiar", "involved",
            "briefed", "knowledgeable", "allied", "aligned", "connected", "loyal", "opposed", "sympathetic");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose");
    /** Where the source stood, not who it is: "said the man near the door" ends before "near". */
    private static final Set<String> PLACE = Set.of("near", "outside", "behind", "beside");

    private QualifiedSource() {
    }

    /**
     * Mention {@code m}, written at {@code a[at]} after a reporting verb, with all the words qualifying it when it
     * is headed by a listed source word ({@link #groupHead}) or cut before a complement; else {@code m}.
     */
    static Mention of(Mention m, List<Token> a, int at, String text) {
        Token first = a.get(at);
        if (m.pronoun() || m.span().start() != first.start() || !(Lexicon.isDeterminer(first) || first.is("one"))
                || first.is("that") || !groupHead(a, at) && !cutBeforeComplement(m, a)) {
            return m;
        }
        int e = at;
        while (e + 1 < a.size() && e - at < QUALIFIED_REACH && qualifies(a, e + 1)
                && !PLACE.contains(a.get(e + 1).norm())) {
            e++;
        }
        while (e > at && (Lexicon.isFunctionWord(a.get(e)) || Lexicon.isDeterminer(a.get(e)))) {
            e--; // "the authors of the “…” report": the phrase ran into a quote
        }
        if (a.get(e).end() <= m.span().end()) {
            return m;
        }
        Span span = new Span(m.span().start(), a.get(e).end());
        return new Mention(span, span.of(text), span.of(text), m.role(), m.kind(), false, m.gender());
    }

    /**
     * "a source close to the mayor", "one senior official involved in the talks": after the determiner at
     * {@code at}, a listed source word ("source", "person", "official", "aide") within two words heads the
     * phrase, whatever qualifies it after.
     */
    static boolean groupHead(List<Token> a, int at) {
        for (int k = at + 1; k < a.size() && k - at <= 2 && a.get(k).isWord(); k++) {
            if (Lexicon.isGroup(a.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "one Republican involved", "a donor close": a phrase cut right before the complement of its last word. */
    private static boolean cutBeforeComplement(Mention m, List<Token> a) {
        for (Token t : a) {
            if (t.end() == m.span().end()) {
                return TAKE_COMPLEMENT.contains(t.norm());
            }
        }
        return false;
    }

    /**
     * A word that can still qualify a described source: not a relative pronoun, reporting verb or participle
     * (an "-ing" word right after a determiner or preposition is a noun: "involved in the bidding").
     */
    private static boolean qualifies(List<Token> a, int k) {
        Token t = a.get(k);
        Token prev = a.get(k - 1);
        boolean participle = t.norm().endsWith("ing") && !t.isCapitalized() && !Lexicon.isDeterminer(prev)
                && !Lexicon.isFunctionWord(prev);
        return t.isWord() && !RELATIVES.contains(t.norm()) && !ReportingVerb.at(a, k) && !participle;
    }
}
