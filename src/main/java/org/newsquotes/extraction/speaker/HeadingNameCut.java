package org.newsquotes.extraction.speaker;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A person's name read from a title-case heading runs on into the heading's words: "Jo Lee On How Farm Policy
 * Makes Growers Feel", "Sam Ortiz Defends Himself In Court", "Ortiz Says Rivals Lied". Every word is
 * capitalised there, so the name run does not stop at the name. The name is cut before the first word that
 * no name holds: a preposition, question word, pronoun, reflexive or heading verb ("On", "How", "She",
 * "Himself", "Says", "Defends"), when at least one capitalised word stands before it. A group or anonymous
 * phrase is cut only when it opens with a listed given name and two words stand before the stop ("Sam Ortiz
 * Defends …"); it is then a person ("Council On Foreign Relations" stays). The mention keeps its text; only its
 * name is cut, and the speaker sieves then read "Jo Lee". Stateless. Limits: a closed list of
 * words; a heading verb that is also a surname ("Sam Calls") is cut; a name joined by "de", "van" or "la" in
 * lower case is untouched, but one written "De La" in a heading is cut at "La" only if listed (it is not).
 */
final class HeadingNameCut {

    /** Words that end a name in a title-case heading. */
    private static final Set<String> STOPS = Set.of("on", "how", "why", "what", "when", "where", "who", "she",
            "he", "they", "himself", "herself", "themselves", "against", "to", "about", "at", "under", "with",
            "says", "said", "slams", "defends", "calls", "blasts", "warns", "is", "are", "was", "were", "just",
            "never", "won’t", "won't", "can’t", "can't", "does", "did", "has", "have", "will");

    private HeadingNameCut() {
    }

    /** {@code m} with its person name cut before a heading word, or {@code m} itself when there is none. */
    static Mention cut(Mention m) {
        if (m == null || m.pronoun() || m.name() == null || m.role() != null) {
            return m;
        }
        String[] w = m.name().trim().split(" ");
        if (m.kind() != SpeakerKind.PERSON && (w.length < 3 || !Gender.isFirstName(w[0].toLowerCase(Locale.ROOT)))) {
            return m;
        }
        for (int i = 1; i < w.length; i++) {
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
                return m;
            }
            if (STOPS.contains(w[i].toLowerCase(Locale.ROOT)) && nameWords(w, i)
                    && (m.kind() == SpeakerKind.PERSON || i >= 2)) {
                String name = String.join(" ", Arrays.copyOf(w, i));
                return new Mention(m.span(), m.text(), name, null, SpeakerKind.PERSON, false, m.gender());
            }
        }
        return m;
    }

    /** Whether the words before {@code i} are capitalised words with letters (a name can stand there). */
    private static boolean nameWords(String[] w, int i) {
        for (int k = 0; k < i; k++) {
            if (w[k].isEmpty() || !Character.isUpperCase(w[k].charAt(0))
                    || STOPS.contains(w[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
