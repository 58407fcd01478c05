package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Reads one cue word of a sentence with the first clause reader whose shape fits, in a fixed order:
 * "according to", a question put to the subject ({@link AskedClause}), perception ({@link PerceptionClause}),
 * passive ({@link PassiveClause}, then {@link PassiveSubject} without an agent), relative gap
 * ({@link RelativeGap}), then {@link TrailingClause} (only for the verbs of a finding in {@link #FINDINGS} and
 * cues whose contents mostly come before them), {@link LeadingClause}, {@link QuantifierSubject},
 * {@link AgreementObject}, {@link PronounClause}, {@link CopulaNoun} and last {@link NounCue}. A cue word ending
 * in "s" right before a verb of a finding ("reports show", "polls suggest") is that verb's subject and is not
 * read ("talk show" is still read). Limits: the first fitting reader wins, so one cue yields at most one
 * reading; "against" after a word of competition is never read. Stateless and thread-safe.
 */
final class CueReading {

    /**
     * Cues whose annotated contents follow them more often than this on train (nouns such as "decision",
     * "support") are not read as "CONTENT, X cue": most such readings there were wrong.
     */
    static final double MAX_AFTER_FOR_TRAILING = 0.9;

    /**
     * Verbs of a finding whose contents mostly follow them but which also close a sentence after a document source
     * ("..., a new poll shows.", "..., records showed."): read as trailing cues too.
     */
    static final WordSet FINDINGS = WordSet.of("show", "shows", "showed", "suggests", "suggested", "indicated", "indicate",
            "suggest");

    /** Words of competition before "against": what follows is a rival, not the object of an opinion. */
    static final WordSet CONTESTS = WordSet.of("race", "races", "contest", "contests", "matchup",
            "matchups", "battle", "bid", "primary", "running", "up", "ran", "run", "runs", "compete", "competing",
            "game", "match", "election", "campaign", "campaigns", "campaigning", "campaigned");

    /** The reading of the cue word at {@code i} (its lexicon entry {@code entry}); null when no shape fits. */
    static Found read(List<Token> t, int i, QuoteMask mask, CueLexicon.Entry entry) {
        boolean phrase = entry.phrase();
        if (i + 1 < t.size() && t.get(i).norm().endsWith("s") && FINDINGS.contains(t.get(i + 1).norm())) {
            return null;    // "new reports show": the plural cue word is the subject of a finding, not a verb
        }
        if (t.get(i).is("against") && i > 0 && CONTESTS.contains(t.get(i - 1).norm())) {
            return null;    // "the race against Clinton": a rival, not an opinion
        }
        if (t.get(i).is("according")) {
            return AccordingClause.read(t, i);
        }
        Found received = SupportRecipient.read(t, i);
        if (received != null) {
            return received;
        }
        Found asked = AskedClause.read(t, i);
        if (asked != null) {
            return asked;
        }
        Found perceived = PerceptionClause.read(t, i);
        if (perceived != null || t.get(i).is("clear")) {
            return perceived;    // "clear" reports only as "made it clear", "became clear", "is not clear that"
        }
        Found passive = PassiveClause.read(t, i);
        if (passive != null) {
            return passive;
        }
        Found bare = PassiveSubject.read(t, i);
        if (bare != null) {
            return bare;
        }
        Found gap = RelativeGap.read(t, i);
        if (gap != null) {
            return gap;
        }
        Found f = entry.after() <= MAX_AFTER_FOR_TRAILING || FINDINGS.contains(t.get(i).norm())
                ? TrailingClause.read(t, i, mask) : null;
        if (f == null) {
            f = LeadingClause.read(t, i, mask, phrase);
            if (CommaAfterCue.weak(t, i, f, entry)) {
                return null;    // "After the harbour attacks, the mayor spoke": the comma ends the cue's phrase
            }
        }
        if (f == null) {
            f = QuantifierSubject.read(t, i);
        }
        if (f == null) {
            f = AgreementObject.read(t, i);
        }
        if (f == null) {
            f = PronounClause.read(t, i);
        }
        if (f == null) {
            f = CopulaNoun.read(t, i);
        }
        return f != null ? f : NounCue.read(t, i);
    }

    private CueReading() {
    }
}
