package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * Last resort for a quoted fragment inside a later clause of the reporter's sentence: "As the debate went on and Lee
 * stood by his remark that “…”", "… such a draw that Lee during a rally thanked its members “…”". The named person
 * opening the clause nearest before the quote (after "and", "but", "when", "while", "as", "after", "before", "because",
 * "since", "until", "so", "that" — not after a reporting word: "claims that Kyiv …", or a comma); an "and" between
 * capitalised words joins a name or a list of names ("Golf Club and Spa", "Europe, Japan and China are …") and ends the
 * search with no source) is taken as its source, read the way {@link SentenceSubject} reads a sentence's opening.
 * Immutable; at most one subject read per boundary word. Limits: no parser, so the clause's subject may only be
 * reported on ("… and Lee's rivals called it “…”" is refused only because the possessive is no subject); pronouns are
 * not taken (their clause may name another speaker).
 */
final class ClauseSubject {

    private static final Set<String> BOUNDARY = Set.of("and", "but", "when", "while", "as", "after", "before",
            "because", "since", "until", "so", "that", ",");

    private final SentenceSubject subjects;

    ClauseSubject(SentenceSubject subjects) {
        this.subjects = subjects;
    }

    /** The named person opening the clause nearest before the quote, as a cue-less attribution, or null. */
    Attribution of(List<Token> before) {
        for (int k = before.size() - 2; k >= 0; k--) {
            if (nameListAnd(before, k)) {
                return null; // the clause's subject, if any, is a list of names: no one source
            }
            if (!BOUNDARY.contains(before.get(k).norm()) || before.get(k).is("that") && k > 0
                    && reportWord(before.get(k - 1).norm())) {
                continue;
            }
            Attribution a = subjects.of(before.subList(k + 1, before.size()));
            if (a != null && !a.source().pronoun() && a.source().kind() == SpeakerKind.PERSON
                    && a.source().span().start() == before.get(k + 1).start()) {
                return a;
            }
        }
        return null;
    }

    /**
     * "the Lakeview Golf Club and Spa in Harbor Point", "Smith and Lee": an "and" between two capitalised words joins
     * the parts of one name or a list of names; it opens no clause of its own.
     */
    private static boolean nameListAnd(List<Token> before, int k) {
        return before.get(k).is("and") && k > 0 && k + 1 < before.size() && before.get(k - 1).isWord()
                && before.get(k - 1).isCapitalized() && before.get(k + 1).isCapitalized();
    }

    /** "claims that Kyiv …", "said that Lee …": the clause after a reporting word is its content, not a source. */
    private static boolean reportWord(String norm) {
        return CueLexicon.isCue(norm) || norm.endsWith("s") && CueLexicon.isCue(norm.substring(0, norm.length() - 1));
    }
}
