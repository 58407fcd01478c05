package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * "Trump was quick to add that C", "Advisers are eager to point out that C": an adjective of readiness before
 * "to" and a reporting verb names how the source spoke; the verb is the cue. The adjective is read as a cue
 * word (it is in the {@link CueLexicon}, since it heads annotated cues), so its reading is moved onto the
 * verb after it. The verb counts as a cue when the lexicon lists it or its "-s", "-ed" or "-d" form ("add"
 * is listed as "added"). Limits: the adjective must stand right before "to" and the verb right after it
 * ("quick, as ever, to add" keeps the adjective); "eager to retain X" keeps "eager".
 */
final class EagerVerb {

    /** Adjectives of readiness that govern an infinitive: "quick to add", "happy to note". */
    static final WordSet ADJECTIVES = WordSet.of("quick", "eager", "careful", "happy", "willing", "unwilling",
            "keen", "ready", "reluctant", "glad", "anxious", "hesitant", "loath", "slow");

    private EagerVerb() {
    }

    /** {@code f} with its cue moved from an adjective of readiness to the reporting verb after "to". */
    static Found recue(List<Token> t, Found f, CueLexicon lexicon) {
        int verb = f.cue() + 2;
        if (f.cueEnd() != f.cue() + 1 || verb >= t.size() || !ADJECTIVES.contains(t.get(f.cue()).norm())
                || !t.get(f.cue() + 1).is("to") || !t.get(verb).word() || f.from() <= verb && verb < f.to()
                || !reportingVerb(t.get(verb).norm(), lexicon)) {
            return f;
        }
        return new Found(f.pattern(), verb, verb + 1, f.from(), f.to(), f.source());
    }

    /** True when {@code base} or one of its inflected forms is a cue word of {@code lexicon}. */
    static boolean reportingVerb(String base, CueLexicon lexicon) {
        return lexicon.get(base) != null || lexicon.get(base + "s") != null || lexicon.get(base + "ed") != null
                || lexicon.get(base + "d") != null;
    }
}
