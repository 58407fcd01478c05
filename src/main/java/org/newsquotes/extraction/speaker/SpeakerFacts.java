package org.newsquotes.extraction.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * What one article has told so far about each resolved speaker, by canonical name: the role first written with
 * them ("the mayor") and their gender, learnt from role words ("his wife Ann Voss"), a listed given name the
 * mention writes, or a "he" resolved to them. Only a role shaped like one is kept ({@link RoleShape}: not
 * "Offensive Things", "best friend", "private email server"). Mutable and confined to one extraction. Limits: a "she" teaches
 * nothing (a "she" misread onto a man whose given name is not listed would bar every right "he" for him), and a
 * gender once stated by role words is overwritten only by other role words.
 */
final class SpeakerFacts {

    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();

    /**
     * Records what a resolved speaker's mention says about role and gender. A "he" resolved to a person of
     * unknown gender makes that person male ("Obama" once called "he" is no longer a candidate for "she").
     */
    void learn(Speaker speaker, Mention mention) {
        if (mention != null && !mention.pronoun()) {
            if (mention.role() != null && RoleShape.personRole(mention.role())) {
                roles.putIfAbsent(speaker.name(), mention.role());
            }
            Gender stated = speaker.kind() == SpeakerKind.PERSON ? Gender.ofRoleWords(mention.text()) : Gender.UNKNOWN;
            if (stated != Gender.UNKNOWN) {
                genders.put(speaker.name(), stated);
            }
            if (mention.gender() != Gender.UNKNOWN && writesGivenName(mention.text(), speaker.name())) {
                genders.putIfAbsent(speaker.name(), mention.gender());
            }
        }
        if (speaker.kind() == SpeakerKind.PERSON) {
            genders.putIfAbsent(speaker.name(), Gender.ofFirstName(firstWord(speaker.name())));
            if (mention != null && mention.heOrShe() && mention.gender() == Gender.MALE
                    && genders.get(speaker.name()) == Gender.UNKNOWN) {
                genders.put(speaker.name(), Gender.MALE);
            }
        }
    }

    /**
     * Whether a mention writes the first word of the speaker's name: "Joyce" for Lawrence Joyce does not, so the
     * gender a given-name reading of "Joyce" suggests is not his.
     */
    private static boolean writesGivenName(String mentionText, String name) {
        String first = leadingWord(name);
        int k = mentionText.indexOf(first);
        return k >= 0 && (k == 0 || !Character.isLetter(mentionText.charAt(k - 1)));
    }

    /** The gender learnt for {@code name}, or UNKNOWN. */
    Gender genderOf(String name) {
        Gender g = genders.get(name);
        return g == null ? Gender.UNKNOWN : g;
    }

    /** The role first written for {@code name}, or null. */
    String roleOf(String name) {
        return roles.get(name);
    }

    /**
     * The one person whose learnt role holds every word of the description {@code description} but its article
     * ("the Republican candidate" for a person first called "Republican presidential candidate Ann Voss"), or
     * null when no person or several fit, or the description has no role noun last.
     */
    String personWithRole(String description) {
        List<String> wanted = new ArrayList<>(List.of(description.toLowerCase(Locale.ROOT).split(" ")));
        wanted.removeIf(w -> w.isEmpty() || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("this"));
        if (wanted.isEmpty() || !RoleShape.personRole(String.join(" ", wanted))) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> e : roles.entrySet()) {
            List<String> words = List.of(e.getValue().toLowerCase(Locale.ROOT).split(" "));
            if (words.containsAll(wanted) && Antecedents.named(e.getKey())) {
                if (found != null && !found.equals(e.getKey())) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    private static String firstWord(String name) {
        return leadingWord(name).toLowerCase(Locale.ROOT);
    }

    /** The name up to its first space, as written. */
    private static String leadingWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }
}
