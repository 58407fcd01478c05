package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * Source phrases with a preposition inside, for {@link MentionParser}: a person with an affiliation ("Jo Lee of
 * the Farm Institute"), a named organisation ("the Association of Flight Attendants") or a group at a body
 * ("Officials at the State Department"). Limits: word lists decide the heads; no nesting.
 */
final class AffiliatedMention {

    private static final Set<String> ORG_LINK = Set.of("of", "for", "on", "to");
    private static final Set<String> BODY_LINK = Set.of("of", "at", "from", "in", "with");

    private AffiliatedMention() {
    }

    /**
     * "the Association of Flight Attendants", "Center for Public Policy": a capitalised organisation head before
     * "of", "for", "on" or "to" and a capitalised rest is an organisation named by the whole phrase; "Officials
     * at the State Department", "Leaders of the union": a group head before a preposition is a group named by
     * the phrase. Null otherwise.
     */
    static Mention namedBody(String text, List<Token> np, Span span, String phrase, String appositive) {
        int first = np.get(0).is("the") ? 1 : 0;
        if (staffOfPerson(np, first)) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.GROUP, false, Gender.UNKNOWN);
        }
        if (first + 2 < np.size() && Lexicon.isGroup(np.get(first)) && PersonMention.isPlural(np.get(first))
                && BODY_LINK.contains(np.get(first + 1).norm())) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.GROUP, false, Gender.UNKNOWN);
        }
        for (int k = first; k + 2 < np.size() && k < first + 4; k++) {
            Token t = np.get(k);
            if (!t.isCapitalized() || !t.isWord()) {
                return null;
            }
            if (Lexicon.isOrganization(t) && ORG_LINK.contains(np.get(k + 1).norm())) {
                for (int r = k + 2; r < np.size(); r++) {
                    if (!(np.get(r).isCapitalized() || Lexicon.isConnector(np.get(r)))) {
                        return null;
                    }
                }
                return new Mention(span, phrase, PersonMention.stripDeterminer(text, np), appositive,
                        SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
            }
        }
        return null;
    }

    /**
     * "Aides to Ann Voss", "outside advisers to Mr. Okafor": a plural group head (after at most two lower-case
     * modifiers) then "to" and a capitalised word speak for the person named, as a group, not as that person.
     */
    private static boolean staffOfPerson(List<Token> np, int first) {
        int head = first;
        while (head < first + 2 && head < np.size() && np.get(head).isWord() && !np.get(head).isCapitalized()
                && !Lexicon.isGroup(np.get(head))) {
            head++;
        }
        return head + 2 < np.size() && Lexicon.isGroup(np.get(head)) && PersonMention.isPlural(np.get(head))
                && np.get(head + 1).is("to") && np.get(head + 2).isCapitalized() && np.get(head + 2).isWord();
    }

    /**
     * "Jeffrey Lewis of the James Martin Center", "Mr. Lewis of the center": a name of two or more words (or a
     * title and a surname) followed by "of", "at" or "from" and an affiliation, which becomes the role. Null when
     * the phrase does not have that shape.
     */
    static Mention affiliated(String text, List<Token> np, Span span, String phrase) {
        for (int k = 1; k < np.size() - 1; k++) {
            Token t = np.get(k);
            if (!(t.is("of") || t.is("at") || t.is("from")) || k == 1 && !loneSurname(np)) {
                continue;
            }
            int s = k;
            while (s > 0 && (Lexicon.isNameToken(np.get(s - 1)) || s < k && Lexicon.isInitials(np.get(s - 1)))) {
                s--;
            }
            if (k - s < 2 && !(k - s == 1 && s > 0 && Lexicon.isTitle(np.get(s - 1))) && k > 1) {
                return null;
            }
            List<Token> before = np.subList(0, k);
            Mention named = PersonMention.person(text, before, NameShape.nameStart(before), span, phrase, null);
            String affiliation = text.substring(t.start(), np.get(np.size() - 1).end());
            String role = named.role() == null ? affiliation : named.role() + " " + affiliation;
            return new Mention(span, phrase, named.name(), role, SpeakerKind.PERSON, false, named.gender());
        }
        return null;
    }

    /**
     * "Voss of Ponte Vedra Beach": a lone capitalised surname (no given name, title, organisation, group or place
     * word) then "of", "at" or "from" and a capitalised affiliation; not a share of a group ("Half of Ohio
     * Democrats", "Two-thirds of Democratic insiders").
     */
    private static boolean loneSurname(List<Token> np) {
        Token t = np.get(0);
        return np.size() > 2 && Lexicon.isNameToken(t) && !Lexicon.isOrganization(t) && !Lexicon.isGroup(t)
                && !Lexicon.isPlace(t) && !Gender.isFirstName(t.norm()) && !t.is("half") && t.text().indexOf('-') < 0
                && np.get(2).isCapitalized() && !Lexicon.isGroup(np.get(np.size() - 1));
    }

    /**
     * "the conservative group American Crossroads", "the advocacy group Okafor Watch": a lower-case
     * organisation head right before the name makes the name an organisation's, not a person's; not after "of"
     * ("chief of staff Don Regan") nor before a listed given name. Null otherwise.
     */
    static Mention organisationBeforeName(String text, List<Token> np, int nameStart, Span span, String phrase,
            String appositive) {
        Token before = nameStart > 0 ? np.get(nameStart - 1) : null;
        if (before == null || !before.isWord() || before.isCapitalized() || !Lexicon.isOrganization(before)
                || nameStart > 1 && np.get(nameStart - 2).is("of") || Gender.isFirstName(np.get(nameStart).norm())) {
            return null;
        }
        String name = text.substring(np.get(nameStart).start(), np.get(np.size() - 1).end());
        return new Mention(span, phrase, name, appositive, SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
    }

    /** Whether the words before "to" end in a plural group head ("Aides", "outside advisers"). */
    static boolean staffHead(String words) {
        String last = words.substring(words.lastIndexOf(' ') + 1);
        if (last.isEmpty()) {
            return false;
        }
        Token t = new Token(0, last.length(), last, last.toLowerCase(java.util.Locale.ROOT));
        return Lexicon.isGroup(t) && PersonMention.isPlural(t);
    }
}
