package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * A source phrase whose trailing capitalised words are the object of a preposition ("a junior from Las Vegas",
 * "a Democrat from Rhode Island", "the senator from Ohio"), for {@link MentionParser}: the words after
 * "from", "in", "at" … name a place or body, not the person. When the phrase opens with a capital or "the", the
 * words before the preposition are read on their own (a person gets the rest as role: "Okafor | from Ponte
 * Vedra Beach"); otherwise the phrase is an anonymous source (or a group, with a plural head) as written. "Of" is
 * left to {@link AffiliatedMention} ("65 percent of Republicans" names no place).
 * Null when the phrase has no such shape, when the object has a title or a given name ("a quote from Mayor Ann
 * Voss": the person is the source), or when an organisation word comes right before the preposition
 * ("the Center in Dover").
 */
final class PlaceObject {

    private static final Set<String> PREPOSITIONS = Set.of("from", "in", "at", "near", "outside");

    private PlaceObject() {
    }

    /** The mention for {@code np} when its name at {@code nameStart} follows a preposition, else null. */
    static Mention read(String text, List<Token> np, int nameStart, Span span, String phrase, String appositive) {
        int p = nameStart - 1;
        while (p >= 0 && np.get(p).isWord() && np.get(p).isCapitalized()) {
            p--;
        }
        if (p < 1 || !PREPOSITIONS.contains(np.get(p).norm()) || np.get(p).isCapitalized()) {
            return null;
        }
        for (int k = p + 1; k < np.size(); k++) {
            if (Lexicon.isTitle(np.get(k)) || Gender.isFirstName(np.get(k).norm())) {
                return null; // "a reaction from President Ann Voss": a person is named after all
            }
        }
        List<Token> before = np.subList(0, p);
        Token head = before.get(before.size() - 1);
        if (Lexicon.isOrganization(head)) {
            return null; // "the Center in Dover" names a body
        }
        Token first = before.get(0);
        if (first.isCapitalized() || first.is("the")) {
            Mention m = MentionParser.parse(text, before, appositive);
            if (m == null || m.kind() != SpeakerKind.PERSON || m.pronoun()) {
                return m;
            }
            String place = text.substring(np.get(p).start(), np.get(np.size() - 1).end());
            String role = m.role() == null ? place : m.role() + " " + place;
            return new Mention(m.span(), m.text(), m.name(), role, SpeakerKind.PERSON, false, m.gender());
        }
        SpeakerKind kind = PersonMention.isPlural(head) ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS;
        return new Mention(span, phrase, phrase, appositive, kind, false, Gender.UNKNOWN);
    }
}
