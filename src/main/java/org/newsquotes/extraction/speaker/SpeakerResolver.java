package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.Speaker;

/**
 * Resolves source mentions to speakers with an ordered chain of sieves, after a name run on into a title-case
 * heading's words is cut ({@link HeadingNameCut}): a title line's rubric the article never
 * names again is nobody ({@link TitleRubricSieve}), and so is a name read from a title-case heading whose words
 * the article never writes again ({@link TitleCaseNameSieve}); a person's aides named with the person's
 * full name; other non-persons kept as written;
 * "he"/"she" to a person just named as the subject of a later sentence than the last agreeing speaker, or
 * right after its quote to a person the text has just introduced in full with an apposition, or within the
 * sentence that introduces such a person ("Tom Voss, the congressman who … when he yelled"), or to the
 * subject around a "that" clause the last agreeing speaker was named in ("Voss, alleging that Okafor lied,
 * said he …"), or to the one person of its gender named in a sentence whose subject has the other gender
 * ({@link GenderContrastSieve}); "I" and "we" in a transcript turn to the turn's label ({@link TurnLabelSieve}),
 * else pronouns to the most recent agreeing speaker, else to the last person
 * named with that gender (or left unresolved); places as organisations, ordinary words rejected, full names to
 * the fullest earlier form, surnames to the full name written in the article. The first sieve that answers wins; a
 * possessive "’s" ending the answer's name is dropped. Stateless; use one
 * {@link Discourse} per article and feed mentions in text order.
 */
public final class SpeakerResolver {

    private final List<SpeakerSieve> sieves = List.of(new TitleRubricSieve(), new TitleCaseNameSieve(),
            new OrdinaryWordSieve(), new StaffOfPersonSieve(), new NonPersonSieve(), new NamedSubjectSieve(),
            new IntroducedSourceSieve(), new ApposedNameSieve(), new ClauseSubjectSieve(),
            new TurnLabelSieve(), new GenderContrastSieve(), new PronounSieve(),
            new PronounFallbackSieve(), new PlaceSieve(), new NotANameSieve(), new FullNameSieve(), new SurnameSieve());

    /** The speaker of {@code mention}; records it in {@code discourse}. Null only for a null mention. */
    public Speaker resolve(Mention mention, Discourse discourse) {
        if (mention == null) {
            return null;
        }
        mention = HeadingNameCut.cut(mention);
        for (SpeakerSieve sieve : sieves) {
            Speaker s = sieve.resolve(mention, discourse);
            if (s != null) {
                if (s.name() != null) {
                    discourse.note(s, mention);
                }
                return withoutPossessive(s);
            }
        }
        return null;
    }

    /**
     * "Trump’s" read before "refusal to": the owner is the source, named without the "’s". The discourse keeps the
     * name as written (a possessive tells the sieves a word is no name); only the answer drops it.
     */
    static Speaker withoutPossessive(Speaker s) {
        if (s.name() == null) {
            return s;
        }
        String bare = NameShape.withoutPossessive(s.name().strip());
        return bare.equals(s.name().strip()) || bare.isBlank() ? s
                : new Speaker(bare, s.kind(), s.mention(), s.mentionSpan());
    }
}
