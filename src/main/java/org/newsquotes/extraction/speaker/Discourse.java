package org.newsquotes.extraction.speaker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * What the resolver knows so far while reading one article in text order: the names written in it, the
 * recent speakers (for pronouns), and each person's role and gender. Mutable and confined to one
 * extraction call; never shared between threads.
 */
public final class Discourse {

    private static final int RECENT = 12;
    /** Words that open a description rather than a name: "The candidate", "His spokesman". */
    private static final java.util.Set<String> DESCRIPTION_OPENERS = java.util.Set.of("the", "a", "an", "his",
            "her", "their", "its", "one", "another", "other", "some", "many", "our", "my");

    private final NameIndex names;
    private final Deque<Speaker> recent = new ArrayDeque<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();

    public Discourse(NameIndex names) {
        this.names = names;
    }

    public NameIndex names() {
        return names;
    }

    /** Records a resolved speaker (and what its mention says about role and gender). */
    public void note(Speaker speaker, Mention mention) {
        if (speaker == null) {
            return;
        }
        if (mention != null && !mention.pronoun()) {
            if (mention.role() != null) {
                roles.putIfAbsent(speaker.name(), mention.role());
            }
            if (mention.gender() != Gender.UNKNOWN) {
                genders.putIfAbsent(speaker.name(), mention.gender());
            }
        }
        if (speaker.kind() == SpeakerKind.PERSON) {
            genders.putIfAbsent(speaker.name(), Gender.ofFirstName(firstWord(speaker.name())));
        }
        if (mention != null && possessive(mention.text())) {
            return;
        }
        recent.removeIf(r -> r.name().equals(speaker.name()));
        recent.addFirst(speaker);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /**
     * "Okafor’s claim", "Roe’s": a possessive source is not the subject of its sentence, so it is not kept
     * as a recent speaker for pronouns.
     */
    static boolean possessive(String mentionText) {
        String t = mentionText.strip();
        return t.endsWith("’s") || t.endsWith("'s") || t.endsWith("s’") || t.endsWith("s'");
    }

    /** The most recent person whose gender agrees with {@code pronoun}, or null. */
    public Speaker lastPerson(Gender pronoun) {
        for (Iterator<Speaker> it = recent.iterator(); it.hasNext(); ) {
            Speaker s = it.next();
            if (s.kind() == SpeakerKind.PERSON && named(s) && proper(s) && genderOf(s.name()).agrees(pronoun)) {
                return s;
            }
        }
        return null;
    }

    /** Whether a speaker has a written name ("Clinton"), not only a description ("the former president"). */
    static boolean named(Speaker s) {
        String n = s.name();
        if (n.isEmpty() || !Character.isUpperCase(n.charAt(0))) {
            return false;
        }
        int sp = n.indexOf(' ');
        return sp < 0 || !DESCRIPTION_OPENERS.contains(n.substring(0, sp).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a one-word name is written capitalised inside a sentence somewhere in the article, so that it is
     * a proper name and not a capitalised sentence opener ("Nevertheless", "Hastily").
     */
    private boolean proper(Speaker s) {
        String n = s.name();
        return n.indexOf(' ') >= 0 || names.capitalizedMidSentence(NameShape.surnameOf(n));
    }

    /** The most recent speaker of any kind, or null. */
    public Speaker lastAny() {
        return recent.peekFirst();
    }

    public Gender genderOf(String name) {
        Gender g = genders.get(name);
        return g == null ? Gender.UNKNOWN : g;
    }

    /** The role first written for {@code name} in this article, or null. */
    public String roleOf(String name) {
        return roles.get(name);
    }

    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return (sp < 0 ? name : name.substring(0, sp)).toLowerCase(java.util.Locale.ROOT);
    }
}
