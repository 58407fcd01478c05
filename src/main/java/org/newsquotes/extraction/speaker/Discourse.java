package org.newsquotes.extraction.speaker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
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
    private final SpeakerFacts facts = new SpeakerFacts();

    /** A discourse over {@code text} and its tokens (the names in it are indexed here). */
    public Discourse(String text, List<Token> tokens) {
        this.text = text;
        this.sentences = new SentenceEnds(text);
        this.cues = new TextCues(text, sentences);
        this.tokens = tokens;
        this.names = new NameIndex(text, tokens);
    }

    /** The full names written in the article. */
    public NameIndex names() {
        return names;
    }

    /** The article's text. */
    String text() {
        return text;
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
     * Records a resolved speaker: what its mention says about role and gender ({@link SpeakerFacts#learn}), and
     * the speaker as the most recent one unless the mention is a possessive.
     */
    public void note(Speaker speaker, Mention mention) {
        if (speaker == null) {
            return;
        }
        facts.learn(speaker, ContactClause.withoutRole(text, mention));
        if (Antecedents.possessive(speaker.name()) || mention != null && Antecedents.possessive(mention.text())
                && !sentences.opens(mention.span().start())) {
            return;
        }
        String words = mention == null ? null : mention.pronoun() ? namingWords(speaker, mention) : mention.text();
        recent.removeIf(r -> r.speaker().name().equals(speaker.name()));
        recent.addFirst(mention == null ? new Recent(speaker, -1, -1, null)
                : new Recent(speaker, mention.span().start(), mention.span().end(), words));
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
        describedPerson(speaker, mention);
    }

    /**
     * "The Republican candidate said …": a description that fits one person's learnt role ({@link
     * SpeakerFacts#personWithRole}), else the subject named just before it ({@link DescriptionLink}), makes that
     * person the most recent, so a following "he" is that person.
     */
    private void describedPerson(Speaker speaker, Mention mention) {
        if (mention == null || mention.pronoun() || speaker.kind() != SpeakerKind.PERSON
                || Antecedents.named(speaker.name())) {
            return;
        }
        String learnt = facts.personWithRole(speaker.name());
        String person = learnt != null ? learnt : DescriptionLink.person(speaker, mention, this);
        if (person != null) {
            recent.removeIf(r -> r.speaker().name().equals(person));
            recent.addFirst(new Recent(new Speaker(person, SpeakerKind.PERSON, null, null),
                    mention.span().start(), mention.span().end(), mention.text()));
        }
    }

    /** A pronoun keeps the words that last named its speaker ("the bill to Okafor"), which tell what it is. */
    private String namingWords(Speaker speaker, Mention pronoun) {
        Recent r = recent.stream().filter(x -> x.speaker().name().equals(speaker.name())).findFirst().orElse(null);
        return r != null && r.mention() != null ? r.mention() : pronoun.text();
    }

    /** The most recent person whose gender agrees with {@code pronoun}, or null. */
    public Speaker lastPerson(Gender pronoun) {
        Recent r = lastPersonEntry(pronoun);
        return r == null ? null : r.speaker();
    }

    /**
     * The most recent speaker that can be called "he" or "she" (per {@code pronoun}): a person with a written
     * name ({@link Antecedents#named}), a proper name rather than a capitalised sentence opener, whose gender
     * agrees, who does not look like a place, an organisation or a parsing fragment, and whose mention is
     * neither the object of a preposition nor the second of two names joined by "and" ({@link JointConjunct});
     * null if none.
     */
    public Recent lastPersonEntry(Gender pronoun) {
        for (Recent r : recent) {
            Speaker s = r.speaker();
            if (s.kind() == SpeakerKind.PERSON && Antecedents.named(s.name()) && (proper(s.name())
                    || s.name().length() > 2 && cues.verbFollows(r.end()) && !Antecedents.commonWords(s.name(), names))
                    && genderOf(s.name()).agrees(pronoun) && !Antecedents.unlikelyPerson(s.name(), r.mention())
                    && !prepositionalObject(r.start()) && !JointConjunct.second(tokens, r.start())
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
        return at >= 0 && PREPOSITIONS.contains(cues.wordBefore(at));
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

    /** The gender learnt for {@code name} ({@link SpeakerFacts}), or UNKNOWN. */
    public Gender genderOf(String name) {
        return facts.genderOf(name);
    }

    /** The role first written for {@code name} in this article, or null. */
    public String roleOf(String name) {
        return facts.roleOf(name);
    }
}
