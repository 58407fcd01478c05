package org.newsquotes.extraction.speaker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * What the resolver knows so far while reading one article in text order: the names written in it, the
 * people the reporter names (with gender), the recent speakers with where they were last mentioned (for
 * pronouns), and each person's role and gender. Mutable and confined to one extraction call; never shared
 * between threads.
 */
public final class Discourse {

    private static final int RECENT = 12;

    /**
     * A recent speaker, the span of its latest mention ({@code -1, -1} when unknown) and the mention's words
     * (null when unknown).
     */
    public record Recent(Speaker speaker, int start, int end, String mention) {
    }

    private final String text;
    private final TextCues cues;
    private final SentenceEnds sentences;
    private final NameIndex names;
    private final List<Token> tokens;
    private PersonMentions persons;
    private final Deque<Recent> recent = new ArrayDeque<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();

    /** A discourse over {@code text} and its tokens (the names in it are indexed here). */
    public Discourse(String text, List<Token> tokens) {
        this.text = text;
        this.sentences = new SentenceEnds(text);
        this.cues = new TextCues(text, sentences);
        this.tokens = tokens;
        this.names = new NameIndex(text, tokens);
    }


    public NameIndex names() {
        return names;
    }

    /** Where the article's sentences end. */
    SentenceEnds sentences() {
        return sentences;
    }

    /** Surface cues of the article's text. */
    TextCues cues() {
        return cues;
    }

    /** The people named in the reporter's words, with gender (indexed on first use). */
    public PersonMentions persons() {
        if (persons == null) {
            persons = new PersonMentions(text, tokens);
        }
        return persons;
    }

    /**
     * Records a resolved speaker (and what its mention says about role and gender). A "he" resolved to a person
     * of unknown gender makes that person male ("Obama" once called "he" is no longer a candidate for "she");
     * a "she" teaches nothing, because a "she" misread onto a man whose given name is not listed would then
     * bar every right "he" for him.
     */
    public void note(Speaker speaker, Mention mention) {
        if (speaker == null) {
            return;
        }
        if (mention != null && !mention.pronoun()) {
            if (mention.role() != null) {
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
        if (possessive(speaker.name()) || mention != null && possessive(mention.text())
                && !sentences.opens(mention.span().start())) {
            return;
        }
        recent.removeIf(r -> r.speaker().name().equals(speaker.name()));
        recent.addFirst(mention == null ? new Recent(speaker, -1, -1, null)
                : new Recent(speaker, mention.span().start(), mention.span().end(), mention.text()));
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /**
     * Whether a mention writes the first word of the speaker's name: "Joyce" for Lawrence Joyce does not, so the
     * gender a given-name reading of "Joyce" suggests is not his.
     */
    private static boolean writesGivenName(String mentionText, String name) {
        String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
        int k = mentionText.indexOf(first);
        return k >= 0 && (k == 0 || !Character.isLetter(mentionText.charAt(k - 1)));
    }

    /**
     * "Okafor’s claim", "Roe’s": a possessive source is not the subject of its sentence, so it is not kept
     * as a recent speaker for pronouns, unless it opens its sentence ("Okafor’s attempt failed. Then he …"),
     * where the owner is the person the sentence is about ({@link SentenceEnds#opens}). A speaker whose name itself
     * ends in a possessive ("Ann Voss's") is a misread phrase and never kept.
     */
    static boolean possessive(String mentionText) {
        String t = mentionText.strip();
        return t.endsWith("’s") || t.endsWith("'s") || t.endsWith("s’") || t.endsWith("s'");
    }

    /** The most recent person whose gender agrees with {@code pronoun}, or null. */
    public Speaker lastPerson(Gender pronoun) {
        Recent r = lastPersonEntry(pronoun);
        return r == null ? null : r.speaker();
    }

    /**
     * The most recent speaker that can be called "he" or "she" (per {@code pronoun}): a person with a written
     * name ({@link Antecedents#named}), a proper name rather than a capitalised sentence opener, whose gender
     * agrees, who does not look like a place, an organisation or a parsing fragment, and whose mention is not
     * the object of a preposition; null if none.
     */
    public Recent lastPersonEntry(Gender pronoun) {
        for (Recent r : recent) {
            Speaker s = r.speaker();
            if (s.kind() == SpeakerKind.PERSON && Antecedents.named(s.name()) && (proper(s.name())
                    || s.name().length() > 2 && cues.verbFollows(r.end()) && !Antecedents.commonWords(s.name(), names))
                    && genderOf(s.name()).agrees(pronoun) && !Antecedents.unlikelyPerson(s.name(), r.mention())
                    && !prepositionalObject(r.start())
                    && (genderOf(s.name()) != Gender.UNKNOWN || !Antecedents.commonWords(s.name(), names))) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a one-word name is a proper name and not a capitalised sentence opener ("Nevertheless",
     * "Hastily"): it is written capitalised inside a sentence somewhere in the article, has an inner capital
     * ("McAdoo"), is a listed given name, or its gender is known.
     */
    private boolean proper(String n) {
        if (n.indexOf(' ') >= 0 || names.capitalizedMidSentence(NameShape.surnameOf(n))) {
            return true;
        }
        for (int i = 1; i < n.length(); i++) {
            if (Character.isUpperCase(n.charAt(i)) && Character.isLowerCase(n.charAt(i - 1))) {
                return true;
            }
        }
        return Gender.isFirstName(n.toLowerCase(Locale.ROOT)) || genderOf(n) != Gender.UNKNOWN;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "with", "from", "for", "at",
            "on", "about", "against", "among", "between", "like", "by", "than");

    /**
     * Whether the word written right before offset {@code at} is a preposition: a mention in "thousands of
     * Okafors" or "played by Ann Voss" is an object, which "he"/"she" in a later sentence rarely means.
     */
    private boolean prepositionalObject(int at) {
        int k = at - 1;
        while (k >= 0 && k < text.length() && text.charAt(k) == ' ') {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end > k + 1 && PREPOSITIONS.contains(text.substring(k + 1, end).toLowerCase(Locale.ROOT));
    }

    /** The most recent speaker of any kind, or null. */
    public Speaker lastAny() {
        Recent r = recent.peekFirst();
        return r == null ? null : r.speaker();
    }

    /**
     * Whether a sentence ends (". ", "? ", "! ", ".” " or a line break) in {@code text[from, to)}; a span longer than
     * {@value SentenceEnds#SCAN} characters is taken to hold one without being read (bounded work per pronoun).
     */
    public boolean sentenceBetween(int from, int to) {
        return sentences.countBetween(from, to) > 0;
    }

    /**
     * How many sentence ends (as {@link #sentenceBetween}) are written in {@code text[from, to)}, counting at
     * most two; a span longer than {@value SentenceEnds#SCAN} characters counts as two.
     */
    public int sentencesBetween(int from, int to) {
        return sentences.countBetween(from, to);
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
        return (sp < 0 ? name : name.substring(0, sp)).toLowerCase(Locale.ROOT);
    }
}
