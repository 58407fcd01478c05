package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A group, organisation or anonymous mention that is a piece of a clause rather than a source: a lone
 * closed-class or function word ("There", "their", "instead") or a capitalised singular word with a common
 * ending that the article never capitalises inside a sentence ("Attention", "Optimism"), a phrase opened by a preposition
 * ("Behind the scenes", "Despite the rain"), or a phrase ending in a lower-case function word ("Things that"; not "One Wisconsin Now"), a participle or an
 * adverb ("The overwhelming"). Quantifiers stay sources ("Another", "About half of voters"), and so does a
 * word the article writes after a given name ("From" in "Al From"). The quote keeps the mention but no speaker name. Runs before
 * {@link NonPersonSieve}, which would keep the phrase as written. Limits: word shapes only; an organisation
 * named by a prepositional phrase ("From the Hip Inc.") loses its name.
 */
public final class OrdinaryWordSieve implements SpeakerSieve {

    /** Prepositions and conjunctions that never open a source ("about", "at", "between" do: "About half of …"). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("behind", "despite", "from",
            "during", "since", "until", "without", "within", "through", "against", "toward", "towards", "upon",
            "instead", "unlike", "like", "beyond", "across", "in", "on", "with", "by", "of", "if", "when", "while",
            "because", "although", "though", "as");

    /** Object pronouns that may end a source with a relative clause ("people who heard it"). */
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("it", "he", "she", "they", "we", "you", "i");

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() == SpeakerKind.PERSON || m.pronoun() || m.name() == null || m.role() != null) {
            return null;
        }
        String name = m.name().trim();
        if (name.isEmpty()) {
            return null;
        }
        int sp = name.indexOf(' ');
        String first = CommonWord.bare(sp < 0 ? name : name.substring(0, sp));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        String last = lastWord.isEmpty() || Character.isUpperCase(lastWord.charAt(0)) ? "" : CommonWord.bare(lastWord);
        boolean fragment = sp < 0 ? (CommonWord.closedClass(first) || function(first) || Character.isUpperCase(
                name.charAt(0)) && CommonWord.commonShape(first) && !first.endsWith("s")
                && !d.names().capitalizedMidSentence(first)) && !CommonWord.quantifier(first)
                && !d.names().afterGivenName(first)
                : PREPOSITIONS.contains(first) || function(last) && !OBJECTS.contains(last)
                && !CommonWord.quantifier(last) || participleAfterDeterminer(name);
        return fragment ? new Speaker(null, m.kind(), m.text(), m.span()) : null;
    }

    private static boolean function(String lower) {
        return !lower.isEmpty() && Lexicon.isFunctionWord(new org.newsquotes.extraction.text.Token(0, lower.length(), lower, lower));
    }

    /**
     * "The overwhelming", "the devastating", "The most telling": an article, at most "most"/"more", then a
     * participle: an adjective whose noun was cut off ("a video recording", "Exit polling" keep their noun).
     */
    private static boolean participleAfterDeterminer(String name) {
        String[] w = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        if (w.length < 2 || w.length > 3 || !(w[0].equals("the") || w[0].equals("a") || w[0].equals("an"))
                || w.length == 3 && !(w[1].equals("most") || w[1].equals("more"))) {
            return false;
        }
        String last = w[w.length - 1];
        return last.endsWith("ing") && last.indexOf('-') < 0 && CommonWord.commonShape(last);
    }
}
