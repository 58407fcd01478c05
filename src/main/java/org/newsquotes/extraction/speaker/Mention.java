package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A source mention at an attribution, read into its parts.
 *
 * @param span    the whole mention as written ("NATO Secretary General Jens Stoltenberg", "she")
 * @param text    the words of {@code span}
 * @param name    the person's name ("Jens Stoltenberg"), or for groups, organisations and pronouns the phrase
 * @param role    the role written with the mention ("NATO Secretary General"), or null; tidied on construction
 *                by {@link RoleText} (an honorific, an age, a clause or a cut fragment is no role)
 * @param kind    person, organisation, group or anonymous
 * @param pronoun whether the mention is a bare pronoun that needs an antecedent
 * @param gender  what the mention says about gender (given name, honorific, pronoun)
 */
public record Mention(Span span, String text, String name, String role, SpeakerKind kind, boolean pronoun,
                      Gender gender) {

    public Mention {
        role = RoleText.clean(role);
    }

    /** The last word of a person's name, lower-cased ("smith"), or null for non-persons. */
    public String surname() {
        if (kind != SpeakerKind.PERSON || pronoun) {
            return null;
        }
        return NameShape.surnameOf(name);
    }

    /**
     * Where a person's name starts in the mention's words ("a spokeswoman for Ann Voss" → 20), or -1 for a
     * pronoun, a non-person or a name not written in the words.
     */
    public int personNameAt() {
        if (text == null || name == null || kind != SpeakerKind.PERSON || pronoun) {
            return -1;
        }
        return text.indexOf(name);
    }

    /** Whether this is a bare "he" or "she": a pronoun for one person of known gender. */
    public boolean heOrShe() {
        return pronoun && ("he".equals(name) || "she".equals(name));
    }
}
