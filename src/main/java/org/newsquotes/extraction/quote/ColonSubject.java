package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A lead-in colon with no reporting verb before it, read through the subject of the words before it: a person
 * named right before the colon ("Sen. Jo Lee:") or before a verb and an object pronoun ("Lee told them:"), a
 * person before a plain verb ("Okafor resisted:"), a verb with a manner adverb ({@link MannerLeadIn}), or a
 * person or organisation before a verb and its object ("Smith released the following statement:"), or "he"/"she"
 * opening the lead-in before a past verb and its object of any length ({@link #openingPronoun}). Stateless.
 * Limits: the verb is any lower-case word that is not a function word, determiner, pronoun or "-ly" adverb,
 * and the object must open with a determiner within six words of the colon.
 */
final class ColonSubject {

    private static final Set<String> OBJECT_PRONOUN = Set.of("him", "her", "them", "me", "us");

    private ColonSubject() {
    }

    /**
     * The attribution of the lead-in {@code b} whose colon is at {@code m}, its cue the colon or the plain verb;
     * null when none of the forms fits or, where asked, {@code known} rejects the source.
     */
    static Attribution of(List<Token> b, int m, SourcePhrase phrases, Predicate<Mention> known) {
        int v = m;
        if (m >= 2 && OBJECT_PRONOUN.contains(b.get(m - 1).norm()) && b.get(m - 2).isWord()
                && !b.get(m - 2).isCapitalized()) {
            v = m - 2;
        }
        Mention src = phrases.subject(b, v, 0);
        if (src != null && src.kind() == SpeakerKind.PERSON && !src.pronoun()) {
            return new Attribution(b.get(m).span(), src, Attribution.Rule.LEAD_IN);
        }
        src = m >= 2 && plainVerb(b.get(m - 1)) ? phrases.subject(b, m - 1, 0) : null;
        if (src != null && src.kind() == SpeakerKind.PERSON && !src.pronoun() && known.test(src)) {
            return new Attribution(b.get(m - 1).span(), src, Attribution.Rule.LEAD_IN);
        }
        Attribution manner = MannerLeadIn.of(b, m, phrases);
        if (manner != null) {
            return manner;
        }
        int verb = verbBeforeObject(b, m);
        src = verb > 0 ? phrases.subject(b, verb, 0) : null;
        if (src != null && !src.pronoun() && (src.kind() == SpeakerKind.PERSON
                || src.kind() == SpeakerKind.ORGANIZATION)) {
            return new Attribution(b.get(m).span(), src, Attribution.Rule.LEAD_IN);
        }
        return openingPronoun(b, m, phrases);
    }

    /**
     * "He then listed the main risks facing the town in 2030:": a lead-in opening with "he" or "she", then a
     * lower-case past verb ("-ed", after at most one adverb) and its object opening with a determiner; the
     * pronoun is the source, however long the object. Limits: only "-ed" verbs; the pronoun must open the window.
     */
    static Attribution openingPronoun(List<Token> b, int m, SourcePhrase phrases) {
        int v = m > 3 && b.get(1).isWord() && !b.get(1).isCapitalized() && !b.get(1).norm().endsWith("ed") ? 2 : 1;
        if (m < v + 2 || !b.get(v).isWord() || b.get(v).isCapitalized() || !b.get(v).norm().endsWith("ed")
                || !Lexicon.isDeterminer(b.get(v + 1))) {
            return null;
        }
        Mention src = phrases.subject(b, v, 0);
        return src != null && src.heOrShe() && src.span().start() == b.get(0).start()
                ? new Attribution(b.get(m).span(), src, Attribution.Rule.LEAD_IN) : null;
    }

    /**
     * "Okafor resisted:": a lower-case word right before a lead-in's colon, not a function word nor an "-ly"
     * adverb, read as the verb whose subject introduces the quote.
     */
    static boolean plainVerb(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && !Lexicon.isFunctionWord(t)
                && !t.norm().endsWith("ly")
                && !Lexicon.isDeterminer(t) && !Lexicon.isPronoun(t);
    }

    /**
     * "Smith released the following statement:": the index of the lower-case verb whose object (opening with
     * a determiner, all lower case) ends at the colon {@code m}; -1 when there is none within a few words.
     */
    static int verbBeforeObject(List<Token> b, int m) {
        for (int k = m - 2; k >= 0 && m - k <= 6; k--) {
            Token t = b.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return -1;
            }
            if (Lexicon.isDeterminer(b.get(k + 1)) && !Lexicon.isDeterminer(t) && !Lexicon.isFunctionWord(t)) {
                return k;
            }
        }
        return -1;
    }
}
