package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * Reads a source noun phrase into a {@link Mention}: a bare pronoun (a lone possessive "his"/"her" is read
 * as "he"/"she"); a person (trailing name, with any
 * title words before it as the role); an organisation (head word such as "Kremlin", "campaign", "Post", or
 * an acronym); a group ("officials", "American officials") or an anonymous source ("a senior official").
 * A definite description with a title head ("the Florida senator") is a person named by that phrase: it is
 * never turned into a name (no coreference). Stateless. Limits: word lists, not a parser; an unknown lower-case head is read as anonymous.
 */
public final class MentionParser {

    private static final java.util.Set<String> ORG_LINK = java.util.Set.of("of", "for", "on", "to");
    private static final java.util.Set<String> BODY_LINK = java.util.Set.of("of", "at", "from", "in", "with");

    private MentionParser() {
    }

    /**
     * @param text         the article text
     * @param np           the phrase's tokens (non-empty)
     * @param appositive   a role written in apposition ("director of ..."), or null
     * @return the mention, or null when the phrase names nobody
     */
    /** Titles that are also common surnames: alone and capitalised ("King said") they name a person. */
    private static final java.util.Set<String> TITLE_SURNAMES = java.util.Set.of("king", "prince", "judge",
            "bishop", "dean", "pope", "cardinal", "sheriff", "chancellor");

    public static Mention parse(String text, List<Token> np, String appositive) {
        np = trimPunctuation(np);
        if (np.isEmpty()) {
            return null;
        }
        Span span = new Span(np.get(0).start(), np.get(np.size() - 1).end());
        String phrase = span.of(text);
        Token head = np.get(np.size() - 1);
        if (np.size() == 1 && Lexicon.isPronoun(head)) {
            String pronoun = Lexicon.pronounForm(head.norm());
            return new Mention(span, phrase, pronoun, null, SpeakerKind.PERSON, true, Gender.ofWord(pronoun));
        }
        if (np.size() == 1 && (head.is("his") || head.is("her"))) {
            // "his call for a ban", "her remark that …": the possessor is the source; resolve it as "he"/"she"
            String pronoun = head.is("his") ? "he" : "she";
            return new Mention(span, phrase, pronoun, null, SpeakerKind.PERSON, true, Gender.ofWord(pronoun));
        }
        Mention early = np.size() > 3 && np.get(0).isCapitalized() && !andBeforeAffiliation(np)
                ? affiliated(text, np, span, phrase) : null;
        if (early != null) {
            // "Jo Lee of Salem's Institute for Science and Farm Security": the name before "of", whatever follows
            return early;
        }
        Mention named = namedBody(text, np, span, phrase, appositive);
        if (named != null) {
            return named;
        }
        Mention jointFirst = andBeforeAffiliation(np) && hasAffiliation(np) ? joint(text, np, span, phrase) : null;
        if (jointFirst != null) {
            // "Jo Lee and Ann Marr of the Farm Institute": the people, not the institute at the end
            return jointFirst;
        }
        if (Lexicon.isOrganization(head) || (Lexicon.isAcronym(head) && !Lexicon.isNameSuffix(head)
                && np.size() <= 3)) {
            return new Mention(span, phrase, stripDeterminer(text, np), appositive, SpeakerKind.ORGANIZATION,
                    false, Gender.UNKNOWN);
        }
        Mention joint = joint(text, np, span, phrase);
        if (joint != null) {
            return joint;
        }
        Mention affiliated = affiliated(text, np, span, phrase);
        if (affiliated != null) {
            return affiliated;
        }
        int nameStart = NameShape.nameStart(np);
        if (np.size() == 2 && nameStart == 1 && np.get(0).text().equals("The") && midSentence(text, span.start())) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
        }
        if (nameStart == np.size() - 1 && nameStart > 0 && (np.get(0).is("the") || np.get(0).is("a"))
                && np.size() == 2) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.ANONYMOUS, false, Gender.UNKNOWN);
        }
        if (nameStart < np.size()) {
            return person(text, np, nameStart, span, phrase, appositive);
        }
        if (!head.isWord()) {
            return null;
        }
        if (np.size() == 1 && head.isCapitalized() && TITLE_SURNAMES.contains(head.norm())) {
            // "King said": a capitalised title with no determiner is a surname ("the king said" is the role)
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.PERSON, false, Gender.UNKNOWN);
        }
        if (Lexicon.isTitle(head) && np.get(0).is("the") && !isPlural(head)) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.PERSON, false, Gender.UNKNOWN);
        }
        SpeakerKind kind = isPlural(head) ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS;
        return new Mention(span, phrase, phrase, appositive, kind, false, Gender.UNKNOWN);
    }

    /**
     * Whether the word at {@code at} stands inside a sentence: what comes before it (past spaces) is neither the
     * start of the text, a line break nor a full stop, question or exclamation mark (also right inside a closing
     * quote mark: "“… over.” The …"). A capital "The" there is part of a title: "The Hill", "The Gazette".
     */
    static boolean midSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '”' || c == '"' || c == '’' || c == '\'') {
            if (i == 0) {
                return false;
            }
            return text.charAt(i - 1) != '.';
        }
        return c != '.' && c != '!' && c != '?' && c != '\n' && c != '\r' && c != ':';
    }

    private static Mention person(String text, List<Token> np, int nameStart, Span span, String phrase,
                                  String appositive) {
        Token first = np.get(nameStart);
        String name = text.substring(first.start(), np.get(np.size() - 1).end());
        Gender gender = Gender.ofFirstName(first.norm());
        String role = appositive;
        if (nameStart > 0) {
            List<Token> roleToks = np.subList(0, nameStart);
            for (Token t : roleToks) {
                if (gender == Gender.UNKNOWN) {
                    gender = Gender.ofWord(t.norm());
                }
            }
            String written = roleText(text, roleToks);
            if (written != null) {
                role = role == null ? written : written + ", " + role;
            }
        }
        return new Mention(span, phrase, name, role, SpeakerKind.PERSON, false, gender);
    }

    /**
     * "the Association of Flight Attendants", "Center for Public Policy": a capitalised organisation head before
     * "of", "for", "on" or "to" and a capitalised rest is an organisation named by the whole phrase; "Officials
     * at the State Department", "Leaders of the union": a group head before a preposition is a group named by
     * the phrase. Null otherwise.
     */
    private static Mention namedBody(String text, List<Token> np, Span span, String phrase, String appositive) {
        int first = np.get(0).is("the") ? 1 : 0;
        if (first + 2 < np.size() && Lexicon.isGroup(np.get(first)) && isPlural(np.get(first))
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
                return new Mention(span, phrase, stripDeterminer(text, np), appositive, SpeakerKind.ORGANIZATION,
                        false, Gender.UNKNOWN);
            }
        }
        return null;
    }

    /** "Jo Lee and Ann Marr of …": an "and" before the first "of", "at" or "from" (two people, not one). */
    private static boolean hasAffiliation(List<Token> np) {
        for (Token t : np) {
            if (t.is("of") || t.is("at") || t.is("from")) {
                return true;
            }
        }
        return false;
    }

    private static boolean andBeforeAffiliation(List<Token> np) {
        for (Token t : np) {
            if (t.is("of") || t.is("at") || t.is("from")) {
                return false;
            }
            if (t.is("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Marlowe and Okafor", "Jo Smith and Sam Greene": two names joined by "and" speak together, as a group named
     * by the whole phrase (not by the last name alone). Null when the phrase does not have that shape.
     */
    private static Mention joint(String text, List<Token> np, Span span, String phrase) {
        Token last = np.get(np.size() - 1);
        if (!Lexicon.isNameToken(last)) {
            return null;
        }
        for (int k = 1; k < np.size() - 1; k++) {
            int first = NameShape.nameStart(np.subList(0, k));
            if (np.get(k).is("and") && Lexicon.isNameToken(np.get(k - 1)) && Lexicon.isNameToken(np.get(k + 1))
                    && first < k) {
                return jointNames(text, np, k, first, span, phrase);
            }
        }
        return null;
    }

    /**
     * "nuclear experts Jo Lee and Ann Marr of the Institute for Science": the joint name runs from the first
     * name to the end of the name after "and" ("Jo Lee and Ann Marr"); role words before it and an affiliation
     * after it ("of …", "at …", "from …") are the role, not part of the name.
     */
    private static Mention jointNames(String text, List<Token> np, int and, int first, Span span, String phrase) {
        int e = and + 1;
        while (e < np.size() && e - and <= 4 && (Lexicon.isNameToken(np.get(e)) || Lexicon.isInitials(np.get(e)))) {
            e++;
        }
        boolean affiliation = e < np.size() - 1 && (np.get(e).is("of") || np.get(e).is("at") || np.get(e).is("from"));
        if (e < np.size() && !affiliation) {
            return new Mention(span, phrase, phrase, null, SpeakerKind.GROUP, false, Gender.UNKNOWN);
        }
        String name = text.substring(np.get(first).start(), np.get(e - 1).end());
        String before = first > 0 ? roleText(text, np.subList(0, first)) : null;
        String after = affiliation ? text.substring(np.get(e).start(), np.get(np.size() - 1).end()) : null;
        String role = before == null ? after : after == null ? before : before + " " + after;
        return new Mention(span, phrase, name, role, SpeakerKind.GROUP, false, Gender.UNKNOWN);
    }

    /**
     * "Jeffrey Lewis of the James Martin Center", "Mr. Lewis of the center": a name of two or more words (or a
     * title and a surname) followed by "of", "at" or "from" and an affiliation, which becomes the role. Null when the phrase does not have that shape.
     */
    private static Mention affiliated(String text, List<Token> np, Span span, String phrase) {
        for (int k = 2; k < np.size() - 1; k++) {
            Token t = np.get(k);
            if (!(t.is("of") || t.is("at") || t.is("from"))) {
                continue;
            }
            int s = k;
            while (s > 0 && (Lexicon.isNameToken(np.get(s - 1)) || s < k && Lexicon.isInitials(np.get(s - 1)))) {
                s--;
            }
            if (k - s < 2 && !(k - s == 1 && s > 0 && Lexicon.isTitle(np.get(s - 1)))) {
                return null;
            }
            Mention named = person(text, np.subList(0, k), NameShape.nameStart(np.subList(0, k)), span, phrase,
                    null);
            String affiliation = text.substring(t.start(), np.get(np.size() - 1).end());
            String role = named.role() == null ? affiliation : named.role() + " " + affiliation;
            return new Mention(span, phrase, named.name(), role, SpeakerKind.PERSON, false, named.gender());
        }
        return null;
    }

    /** The role words before a name, without a lone honorific ("Mr.") or leading determiner. */
    private static String roleText(String text, List<Token> toks) {
        int s = 0;
        while (s < toks.size() && (Lexicon.isDeterminer(toks.get(s)) && toks.get(s).norm().equals("the") == false
                || !toks.get(s).isWord())) {
            s++;
        }
        int e = toks.size();
        while (e > s && !toks.get(e - 1).isWord()) {
            e--;
        }
        toks = toks.subList(0, e);
        if (s >= toks.size()) {
            return null;
        }
        if (toks.size() - s == 1 && Gender.ofWord(toks.get(s).norm()) != Gender.UNKNOWN
                && toks.get(s).text().endsWith(".")) {
            return null;
        }
        if (toks.size() - s == 1 && toks.get(s).norm().equals("the")) {
            return null;
        }
        return text.substring(toks.get(s).start(), toks.get(toks.size() - 1).end());
    }

    private static String stripDeterminer(String text, List<Token> np) {
        return text.substring(np.get(0).start(), np.get(np.size() - 1).end());
    }

    private static boolean isPlural(Token head) {
        String w = head.norm();
        return (w.endsWith("s") && !w.endsWith("ss")) || w.equals("people") || w.equals("police")
                || w.equals("many") || w.equals("some");
    }

    private static List<Token> trimPunctuation(List<Token> np) {
        int s = 0;
        int e = np.size();
        while (s < e && !np.get(s).isWord()) {
            s++;
        }
        while (e > s && !np.get(e - 1).isWord()) {
            e--;
        }
        return np.subList(s, e);
    }

    /**
     * Parses a source phrase that may hold an apposition, as indirect quotes' sources do. The phrase is
     * split at its first comma: the side that ends in a name is the speaker and the other side the role ("Sam A. Greene, director of ..." and
     * "The Russian ambassador to Washington, Anatoly Antonov").
     */
    public static Mention parseApposition(String text, List<Token> toks) {
        int comma = -1;
        for (int i = 1; i < toks.size() - 1 && comma < 0; i++) {
            if (toks.get(i).text().equals(",")) {
                comma = i;
            }
        }
        if (comma < 0) {
            return parse(text, toks, null);
        }
        List<Token> before = toks.subList(0, comma);
        List<Token> after = toks.subList(comma + 1, toks.size());
        boolean nameBefore = endsInName(before) && before.get(0).isCapitalized() && !before.get(0).is("the");
        List<Token> np = nameBefore || !endsInName(after) ? before : after;
        List<Token> rest = np == before ? after : before;
        String role = rest.isEmpty() ? null : trimRole(text.substring(rest.get(0).start(),
                rest.get(rest.size() - 1).end()));
        Mention m = parse(text, np, role);
        return m != null ? m : parse(text, toks, null);
    }

    private static boolean endsInName(List<Token> np) {
        return !np.isEmpty() && NameShape.nameStart(np) < np.size();
    }

    private static String trimRole(String role) {
        String r = role.strip();
        while (!r.isEmpty() && ",;:".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r.isEmpty() ? null : r;
    }
}
