package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * The object of an attitude word that takes it after its own preposition: "confident in the new plan",
 * "voters who believe in a smaller state", "long skeptical of the merger", "frustrated with the council's
 * pace", also after a reflexive ("distanced himself from X"). PolNeAR annotates
 * such beliefs and feelings as attributions, the object as content. The content is
 * a noun phrase ({@link ContentBounds#phraseEnd}) or, opening with a question word or an -ing verb
 * ("interested in fighting the tax"), the clause up to the next clause mark. No source: the holder is
 * left to the speaker resolver. Read only where no cue word's reading covers the phrase.
 * Limits: word tables; a passive sense ("a film inspired by") is avoided only by leaving such words out,
 * and "interest in" a company (a stake) reads the same as interest in an idea. Stateless; constant work per
 * word except a clause object (linear).
 */
final class AttitudeObject {

    /** Attitude words whose object follows "in". */
    static final WordSet IN = WordSet.of("interested", "interest", "confident", "confidence", "faith", "believe",
            "believes", "believed", "believing");

    /**
     * Attitude words whose object follows "of": adjectives ("skeptical of"), a singular advocate or critic ("an
     * outspoken critic of X": the plural "critics of X" names a group more often than it reports a stance) and
     * nouns of taking a stance ("her rejection of X", "his defense of X").
     */
    static final WordSet OF = WordSet.of("skeptical", "sceptical", "suspicious", "wary", "critical", "supportive",
            "proud", "fond", "tired", "afraid", "scared", "fearful", "contemptuous", "dismissive", "critic",
            "proponent", "defender", "advocate", "rejection", "defense", "defence", "denunciation", "condemnation", "opinion",
            "opinions", "perception", "perceptions", "impression", "impressions");

    /** Attitudes whose object follows "with": taking sides and being content or not ("sided with X"). */
    static final WordSet WITH = WordSet.of("sided", "siding", "comfortable", "uncomfortable", "pleased",
            "displeased");

    /** Attitudes whose object follows "to": a loyalty or an aversion ("his allegiance to X"). */
    static final WordSet TO = WordSet.of("allegiance", "hostility", "aversion", "antipathy");

    /** Jibes whose target follows "at": "poked fun at X", "took swipes at X". */
    static final WordSet AT = WordSet.of("fun", "swipes", "digs");

    /** Attitudes whose object follows "on": "their positions on X". */
    static final WordSet ON = WordSet.of("positions");

    /** Attitudes whose object follows "for": a liking ("her enthusiasm for X", "hungry for X"). */
    static final WordSet FOR = WordSet.of("hungry", "enthusiasm", "preference", "fondness", "affection");

    /** Feelings whose cause follows "by" or "with". */
    static final WordSet BY_WITH = WordSet.of("impressed", "angered", "alarmed", "troubled", "disturbed", "offended",
            "outraged", "encouraged", "intrigued", "frustrated", "disappointed", "annoyed", "irritated", "bothered",
            "unimpressed", "unconvinced");

    /** Stances whose preposition follows a reflexive: "distanced himself from X" (checked by {@link #linked}). */
    static final WordSet LINKED = WordSet.of("distanced", "distancing", "distance", "distances");

    /** Reflexive pronouns between a {@link #LINKED} stance and its "from". */
    static final WordSet REFLEXIVES = WordSet.of("himself", "herself", "themselves", "itself");

    /** Measured on train: 47 of 61 such readings (where no cue word's reading applied) lay inside annotated content. */
    static final double SCORE = 0.75;

    private AttitudeObject() {
    }

    /** The object read off the attitude word at {@code i}, or null when it is none or nothing follows. */
    static Found read(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i).word()) {
            return null;
        }
        int prep = linked(t, i) ? i + 2 : i + 1;
        if (prep + 1 >= t.size() || prep == i + 1 && !takes(t.get(i).norm(), t.get(prep).norm())) {
            return null;
        }
        int from = prep + 1;
        Token first = t.get(from);
        if (!first.word() || Character.isDigit(first.norm().charAt(0))) {
            return null;
        }
        boolean clause = TopicPhrase.QUESTION.contains(first.norm()) || first.norm().endsWith("ing") && !first.capitalized();
        int to = clause ? ClauseEdges.clauseEnd(t, from) : ContentBounds.phraseEnd(t, from);
        return to > from ? new Found(Attribution.NOUN, i, from, from, to, null) : null;
    }

    /** "distanced himself | from": a {@link #LINKED} stance, a reflexive and "from". */
    static boolean linked(List<Token> t, int i) {
        return i + 2 < t.size() && LINKED.contains(t.get(i).norm()) && REFLEXIVES.contains(t.get(i + 1).norm())
                && t.get(i + 2).is("from");
    }

    /** True when {@code word} takes its object after {@code preposition}. */
    static boolean takes(String word, String preposition) {
        return switch (preposition) {
            case "in" -> IN.contains(word);
            case "of" -> OF.contains(word);
            case "by" -> BY_WITH.contains(word);
            case "with" -> BY_WITH.contains(word) || WITH.contains(word);
            case "for" -> FOR.contains(word);
            case "to" -> TO.contains(word);
            case "at" -> AT.contains(word);
            case "on" -> ON.contains(word);
            default -> false;
        };
    }
}
