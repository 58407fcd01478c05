package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A group, organisation or anonymous mention that is a piece of a clause rather than a source: a lone closed-class or
 * function word ("There", "their", "instead"), a lower-case abstract noun or adverb ("connectedness", "racially"), a
 * bare number or sum ("60", "100 million") or a capitalised singular word with a common ending that the article never
 * capitalises inside a sentence ("Attention", "Optimism"), a phrase opened by a preposition ("Behind the scenes",
 * "Despite the rain", also a person's: "Across Asia"), or a phrase ending in a lower-case function word ("Things that";
 * not "One Wisconsin Now"), a participle or an adverb ("The overwhelming", "Voss sometimes"). Quantifiers stay sources
 * ("Another", "About half of voters"), and so does a word the article writes after a given name ("From" in "Al From").
 * The quote keeps the mention but no speaker name. Runs before {@link NonPersonSieve}, which would keep the phrase as
 * written. A phrase holding a verb of its own clause ("missed its financial", "began") is none either ({@link
 * ClausePiece}), nor one that ends in an adjective whose noun was cut off, a description of a person too ("a
 * diplomatic", "The Democratic": {@link CutModifier}); a person's name written after "the" is an organisation or nobody
 * ({@link ArticleBeforeName}); a lone lower-case singular word with no determiner ("birther", "phone") names no one
 * ({@link BareNoun}). Limits: word shapes only; an organisation named by a prepositional phrase ("From the Hip Inc.")
 * loses its name.
 */
public final class OrdinaryWordSieve implements SpeakerSieve {

    /** Prepositions and conjunctions that never open a source ("about", "at", "between" do: "About half of …"). */
    private static final Set<String> PREPOSITIONS = Set.of("behind", "despite", "from",
            "during", "since", "until", "without", "within", "through", "against", "toward", "towards", "upon",
            "instead", "unlike", "like", "beyond", "across", "in", "on", "with", "by", "of", "if", "when", "while",
            "because", "although", "though", "as", "given");

    /** Adverbs that end no source: "Voss sometimes", "a clerk well". */
    private static final Set<String> ADVERBS = Set.of("sometimes", "well", "often", "also", "still", "again", "too",
            "already", "ever", "never", "usually", "later", "now", "then", "instead", "recently", "once");

    /** Object pronouns that may end a source with a relative clause ("people who heard it"). */
    private static final Set<String> OBJECTS = Set.of("it", "he", "she", "they", "we", "you", "i");

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        Speaker object = m.pronoun() ? null : PrepositionObjectName.read(m);
        object = object == null && !m.pronoun() ? VerbObjectName.read(m) : object;
        if (object != null) {
            return object;
        }
        if (m.pronoun() || m.name() == null || m.role() != null || m.name().isBlank()) {
            return null;
        }
        String name = m.name().trim();
        boolean junk = ClauseOpener.clause(name) && !d.names().afterGivenName(CommonWord.bare(name))
                || VerbLedPhrase.verbLed(name) && !d.names().afterGivenName(CommonWord.bare(firstWord(name)))
                || NumberLedPhrase.numberLed(name) || ClausePiece.negated(name);
        if (junk) {
            return new Speaker(null, m.kind(), m.text(), m.span());
        }
        if (m.kind() == SpeakerKind.PERSON) {
            return cutPerson(name) ? new Speaker(null, m.kind(), m.text(), m.span()) : ArticleBeforeName.read(m);
        }
        boolean fragment = name.indexOf(' ') < 0 ? loneWordFragment(name, d) : phraseFragment(name);
        fragment = fragment || ClausePiece.clausePiece(name) && !d.names().afterGivenName(CommonWord.bare(name))
                || lowerLast(name) && CutModifier.endsInModifier(name) || bareAmount(name)
                || BareNoun.bareSingular(name) && !d.names().afterGivenName(name);
        return fragment ? new Speaker(null, m.kind(), m.text(), m.span()) : null;
    }

    /**
     * "Across Asia", "Given Obama", "The Democratic", "the presidential": a person's name that opens with a
     * capitalised preposition, or a description (article first) whose noun was cut off ({@link CutModifier}).
     */
    private static boolean cutPerson(String name) {
        int sp = name.indexOf(' ');
        if (sp < 0) {
            return false;
        }
        return PREPOSITIONS.contains(CommonWord.bare(name.substring(0, sp)))
                || CutModifier.opensWithDeterminer(name) && CutModifier.endsInModifier(name);
    }

    /**
     * "60", "500", "100 million", "275 billion infrastructure": a number alone, or a sum of money whose noun was
     * cut off, is no source ("26 percent", "Six in 10" of a poll and "13 million people" stay).
     */
    private static boolean bareAmount(String name) {
        String[] w = name.split(" ");
        if (!Character.isDigit(w[0].charAt(0))) {
            return false;
        }
        return w.length == 1 ? name.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')
                : (w.length == 2 || w.length == 3 && !w[2].endsWith("s") && !w[2].equals("people"))
                && (w[1].equals("million") || w[1].equals("billion") || w[1].equals("trillion"));
    }

    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }

    private static boolean lowerLast(String name) {
        char c = name.charAt(name.lastIndexOf(' ') + 1);
        return Character.isLowerCase(c);
    }

    /**
     * "There", "instead", "Optimism": a closed-class or function word, or a capitalised singular word of common
     * shape the article never capitalises mid-sentence; never a quantifier or a word written after a given name.
     */
    private static boolean loneWordFragment(String name, Discourse d) {
        String word = CommonWord.bare(name);
        boolean ordinary = CommonWord.closedClass(word) || Lexicon.isFunctionWord(word)
                || Character.isLowerCase(name.charAt(0)) && abstractEnding(word)
                || Character.isUpperCase(name.charAt(0)) && CommonWord.commonShape(word) && !word.endsWith("s")
                && !d.names().capitalizedMidSentence(word);
        return ordinary && !CommonWord.quantifier(word) && !d.names().afterGivenName(word);
    }

    /** "connectedness", "racially", "populism": a lower-case abstract noun or adverb standing alone. */
    private static boolean abstractEnding(String word) {
        return word.length() > 5 && (word.endsWith("ness") || word.endsWith("ly") || word.endsWith("ism"));
    }

    /** "Behind the scenes", "Things that", "The overwhelming": a phrase that opens or ends like a clause piece. */
    private static boolean phraseFragment(String name) {
        String first = CommonWord.bare(name.substring(0, name.indexOf(' ')));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        String last = lastWord.isEmpty() || Character.isUpperCase(lastWord.charAt(0)) ? "" : CommonWord.bare(lastWord);
        return PREPOSITIONS.contains(first) || ADVERBS.contains(last)
                || Lexicon.isFunctionWord(last) && !OBJECTS.contains(last)
                && !CommonWord.quantifier(last) || participleAfterDeterminer(name);
    }

    /**
     * "The overwhelming", "the devastating", "The most telling": an article, at most "most"/"more", then a
     * participle: an adjective whose noun was cut off ("a video recording", "Exit polling" keep their noun).
     */
    private static boolean participleAfterDeterminer(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split(" ");
        if (w.length < 2 || w.length > 3 || !(w[0].equals("the") || w[0].equals("a") || w[0].equals("an"))
                || w.length == 3 && !(w[1].equals("most") || w[1].equals("more"))) {
            return false;
        }
        String last = w[w.length - 1];
        return last.endsWith("ing") && last.indexOf('-') < 0 && CommonWord.commonShape(last);
    }
}
