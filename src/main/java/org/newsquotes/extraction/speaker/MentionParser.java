package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * Reads a source noun phrase into a {@link Mention}, less any time expression at its end ({@link TimeAdjunct}: "Ann
 * Voss on Tuesday"; none for an action, {@link ActionHead}: "the effort on NATO"; for a document, its issuer,
 * {@link IssuerMention}: "she released a statement"): a bare pronoun (a lone possessive "his"/"her" is read as
 * "he"/"she"); a person (trailing name, with any title words before it as the role); an organisation (head word such as
 * "Kremlin", "campaign", "Post", or an acronym); a group ("officials", "American officials") or an anonymous source ("a
 * senior official"). Capitalised words right after "the" with no title between ("the Secret Service") name an
 * organisation. A definite description with a title head ("the Florida senator") is a person named by that phrase: it
 * is never turned into a name (no coreference). Stateless. Limits: word lists, not a parser; an unknown lower-case head
 * is read as anonymous. Phrases with "and" are {@link JointMention}'s, with "of"/"at" {@link AffiliatedMention}'s;
 * {@link PersonMention} builds the person.
 */
public final class MentionParser {

    /** Titles that are also common surnames: alone and capitalised ("King said") they name a person. */
    private static final java.util.Set<String> TITLE_SURNAMES = java.util.Set.of("king", "prince", "judge",
            "bishop", "dean", "pope", "cardinal", "sheriff", "chancellor");

    private MentionParser() {
    }

    /**
     * @param text         the article text
     * @param np           the phrase's tokens (non-empty)
     * @param appositive   a role written in apposition ("director of ..."), or null
     * @return the mention, or null when the phrase names nobody
     */
    public static Mention parse(String text, List<Token> np, String appositive) {
        np = trimPunctuation(np);
        np = np.subList(LeadingClauseWord.start(np), np.size()); // "But Jo Lee", "that Judge Ana Ruiz"
        int time = TimeAdjunct.start(np);
        if (time > 0 && time < np.size()) {
            np = trimPunctuation(np.subList(0, time));
            if (np.isEmpty() || !SourceShape.readsAsNounPhrase(np)) {
                return null; // "on a press call Friday": a piece of clause before the time, no source
            }
        }
        if (np.isEmpty()) {
            return null;
        }
        if (ActionHead.actionHead(np)) {
            return null;
        }
        Mention issuer = IssuerMention.issuer(text, np);
        if (issuer != null) {
            return issuer;
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
        Mention pair = np.size() > 5 ? JointMention.eachAffiliated(text, np, span, phrase) : null;
        pair = pair == null && np.size() > 3 ? JointMention.titledPair(text, np, span, phrase) : pair;
        if (pair != null) {
            return pair;
        }
        Mention early = np.size() > 3 && np.get(0).isCapitalized() && !JointMention.andBeforeAffiliation(np)
                ? AffiliatedMention.affiliated(text, np, span, phrase) : null;
        if (early != null) {
            // "Jo Lee of Salem's Institute for Science and Farm Security": the name before "of", whatever follows
            return early;
        }
        Mention named = AffiliatedMention.namedBody(text, np, span, phrase, appositive);
        if (named != null) {
            return named;
        }
        Mention jointFirst = JointMention.andBeforeAffiliation(np) && JointMention.hasAffiliation(np)
                ? JointMention.joint(text, np, span, phrase) : null;
        if (jointFirst != null) {
            // "Jo Lee and Ann Marr of the Farm Institute": the people, not the institute at the end
            return jointFirst;
        }
        Mention outlet = OutletName.read(text, np, span, phrase, appositive);
        if (outlet != null) {
            return outlet;
        }
        if (Lexicon.isOrganization(head) || (Lexicon.isAcronym(head) && !Lexicon.isNameSuffix(head)
                && np.size() <= 3)) {
            return new Mention(span, phrase, PersonMention.stripDeterminer(text, np), appositive,
                    SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
        }
        Mention joint = JointMention.joint(text, np, span, phrase);
        if (joint != null) {
            return joint;
        }
        Mention affiliated = AffiliatedMention.affiliated(text, np, span, phrase);
        if (affiliated != null) {
            return affiliated;
        }
        int nameStart = NameShape.nameStart(np);
        if (nameStart == np.size() && np.size() >= 2 && NameShape.surnameAfterGivenName(np, np.size() - 1)) {
            int given = NameShape.nameStart(np.subList(0, np.size() - 1));
            nameStart = given < np.size() - 1 ? given : nameStart; // "Al From": a function word as surname
        }
        if (np.size() == 2 && nameStart == 1 && np.get(0).text().equals("The") && midSentence(text, span.start())) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
        }
        if (np.size() > 2 && nameStart == 1 && np.get(0).is("the") && !Gender.isFirstName(np.get(1).norm())) {
            // "the Secret Service": capitalised words right after "the", no title between, name no person
            String name = text.substring(np.get(1).start(), head.end());
            if (!PlaceSieve.allPlaceWords(name)) {
                return new Mention(span, phrase, name, appositive, SpeakerKind.ORGANIZATION, false, Gender.UNKNOWN);
            }
        }
        if (nameStart == np.size() - 1 && nameStart > 0 && (np.get(0).is("the") || np.get(0).is("a"))
                && np.size() == 2) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.ANONYMOUS, false, Gender.UNKNOWN);
        }
        if (np.size() == 1 && nameStart == 0 && CommonWord.openerWord(head) && !midSentence(text, span.start())) {
            // "Optimism is …", "Something about …": an ordinary word opening a sentence, no one's name
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.ANONYMOUS, false, Gender.UNKNOWN);
        }
        if (nameStart < np.size()) {
            Mention object = PlaceObject.read(text, np, nameStart, span, phrase, appositive);
            Mention body = object == null ? AffiliatedMention.organisationBeforeName(text, np, nameStart, span,
                    phrase, appositive) : object;
            return body != null ? body : PersonMention.person(text, np, nameStart, span, phrase, appositive);
        }
        if (!head.isWord()) {
            return null;
        }
        int group = Math.max(NamedGroupAdjunct.cut(np), PlaceAdjunct.cut(np));
        if (group > 0) {
            return parse(text, np.subList(0, group), appositive); // "Voss supporters outside", "the man near"
        }
        if (np.size() == 1 && head.isCapitalized() && TITLE_SURNAMES.contains(head.norm())) {
            // "King said": a capitalised title with no determiner is a surname ("the king said" is the role)
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.PERSON, false, Gender.UNKNOWN);
        }
        if (Lexicon.isTitle(head) && np.get(0).is("the") && !PersonMention.isPlural(head) && !head.is("first")) {
            return new Mention(span, phrase, phrase, appositive, SpeakerKind.PERSON, false, Gender.UNKNOWN);
        }
        SpeakerKind kind = PersonMention.isPlural(head) ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS;
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
     * split at its first comma: the side that ends in a name is the speaker and the other side the role ("Sam A.
     * Greene, director of ..." and "The Russian ambassador to Washington, Anatoly Antonov"). See
     * {@link AppositionMention}.
     */
    public static Mention parseApposition(String text, List<Token> toks) {
        return AppositionMention.parse(text, toks);
    }
}
