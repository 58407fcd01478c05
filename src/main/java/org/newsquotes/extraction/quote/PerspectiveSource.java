package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * "To Lee, the mayor is the “…” who saved the pier": a sentence opening with "To" and a named person closed by a
 * comma states that person's view, so the person is the source of a quote in it that has no reporting verb.
 * Stateless; reads the opening of the window only. Limits: only a capitalised name right after "To" (not "To
 * many voters, …", "To be fair, …"), and only as the fallback before the sentence subject.
 */
final class PerspectiveSource {

    private PerspectiveSource() {
    }

    /** The person whose view the sentence in {@code before} states, as an attribution without cue; or null. */
    static Attribution of(List<Token> before, SourcePhrase phrases) {
        if (before.size() < 4 || !before.get(0).text().equals("To") || !Lexicon.isNameToken(before.get(1))) {
            return null;
        }
        Mention m = phrases.inverted(before, 0, before.size());
        if (m == null || m.pronoun() || m.kind() != SpeakerKind.PERSON || m.name() == null) {
            return null;
        }
        for (int k = 1; k < before.size(); k++) {
            Token t = before.get(k);
            if (t.start() >= m.span().end()) {
                return t.text().equals(",") ? new Attribution(null, m, Attribution.Rule.SUBJECT) : null;
            }
        }
        return null;
    }
}
