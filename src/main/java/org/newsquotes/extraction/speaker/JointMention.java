package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Token;

/**
 * Source phrases naming two people joined by "and" ("Marlowe and Okafor", "experts Jo Lee and Ann Marr of the
 * Farm Institute"), for {@link MentionParser}: they speak together, as a group named by the joint name. Limits:
 * two names, the first "and" only.
 */
final class JointMention {

    private JointMention() {
    }

    /** "Jo Lee and Ann Marr of …": the phrase holds "of", "at" or "from" somewhere. */
    static boolean hasAffiliation(List<Token> np) {
        for (Token t : np) {
            if (t.is("of") || t.is("at") || t.is("from")) {
                return true;
            }
        }
        return false;
    }

    /** "Jo Lee and Ann Marr of …": an "and" before the first "of", "at" or "from" (two people, not one). */
    static boolean andBeforeAffiliation(List<Token> np) {
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
     * "Sen. Jo Lee and Rep. Ann Marr", "Lee and House Speaker Ann Marr": two names joined by "and", the second
     * behind its own title words, speak together as "Jo Lee and Ann Marr" (role words before the first name are
     * the role). The phrase must end with the second name. Null when the phrase does not have that shape.
     */
    static Mention titledPair(String text, List<Token> np, Span span, String phrase) {
        int k = 1;
        while (k < np.size() - 2 && !np.get(k).is("and")) {
            k++;
        }
        if (!np.get(k).is("and") || !Lexicon.isNameToken(np.get(k - 1))) {
            return null;
        }
        int first = NameShape.nameStart(np.subList(0, k));
        List<Token> run = np.subList(k + 1, np.size());
        int second = NameShape.nameStart(run);
        if (first >= k || second == 0 || second >= run.size() || !Lexicon.isTitle(run.get(second - 1))) {
            return null;
        }
        for (Token t : run) {
            if (!t.isWord() || !t.isCapitalized() && !Lexicon.isTitle(t)) {
                return null;
            }
        }
        String name = text.substring(np.get(first).start(), np.get(k - 1).end()) + " and "
                + text.substring(run.get(second).start(), run.get(run.size() - 1).end());
        String role = first > 0 ? PersonMention.roleText(text, np.subList(0, first)) : null;
        return new Mention(span, phrase, name, role, SpeakerKind.GROUP, false, Gender.UNKNOWN);
    }

    /**
     * "Marlowe and Okafor", "Jo Smith and Sam Greene", "Lee and 24-year-old Tom Okafor": two names joined by "and"
     * speak together, as a group named by the whole phrase (not by the last name alone; an age before the second
     * name is left out of the name). Null when the phrase does not have that shape.
     */
    static Mention joint(String text, List<Token> np, Span span, String phrase) {
        Token last = np.get(np.size() - 1);
        if (!Lexicon.isNameToken(last)) {
            return null;
        }
        for (int k = 1; k < np.size() - 1; k++) {
            int first = NameShape.nameStart(np.subList(0, k));
            int second = k + 1 < np.size() - 1 && Lexicon.isAgeModifier(np.get(k + 1)) ? k + 2 : k + 1;
            if (np.get(k).is("and") && Lexicon.isNameToken(np.get(k - 1)) && Lexicon.isNameToken(np.get(second))
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
        int from = Lexicon.isAgeModifier(np.get(and + 1)) ? and + 2 : and + 1;
        int e = from;
        while (e < np.size() && e - from < 4 && (Lexicon.isNameToken(np.get(e)) || Lexicon.isInitials(np.get(e)))) {
            e++;
        }
        boolean affiliation = e < np.size() - 1 && (np.get(e).is("of") || np.get(e).is("at") || np.get(e).is("from"));
        if (e < np.size() && !affiliation) {
            return new Mention(span, phrase, phrase, null, SpeakerKind.GROUP, false, Gender.UNKNOWN);
        }
        String name = text.substring(np.get(first).start(), np.get(and).end()) + " "
                + text.substring(np.get(from).start(), np.get(e - 1).end());
        String before = first > 0 ? PersonMention.roleText(text, np.subList(0, first)) : null;
        String after = affiliation ? text.substring(np.get(e).start(), np.get(np.size() - 1).end()) : null;
        String role = before == null ? after : after == null ? before : before + " " + after;
        return new Mention(span, phrase, name, role, SpeakerKind.GROUP, false, Gender.UNKNOWN);
    }

    /**
     * "Sens. Jo Lee of Ohio and Ann Marr of Iowa": two people each with an affiliation, the second opening with a
     * listed given name, speak together as "Jo Lee and Ann Marr" (role words before the first are the role; the
     * affiliations are left out). Null when the phrase does not have that shape.
     */
    static Mention eachAffiliated(String text, List<Token> np, Span span, String phrase) {
        int k = 1;
        while (k < np.size() && !(np.get(k).is("of") || np.get(k).is("at") || np.get(k).is("from"))) {
            k++;
        }
        int first = NameShape.nameStart(np.subList(0, Math.min(k, np.size())));
        int and = k + 1;
        while (and < np.size() - 2 && !np.get(and).is("and")) {
            and++;
        }
        if (k >= np.size() - 1 || first >= k || !np.get(and).is("and")
                || !Gender.isFirstName(np.get(and + 1).norm())) {
            return null;
        }
        int e = and + 1;
        while (e < np.size() && Lexicon.isNameToken(np.get(e))) {
            e++;
        }
        if (e - and < 3 || e < np.size() && !(np.get(e).is("of") || np.get(e).is("at") || np.get(e).is("from"))) {
            return null;
        }
        String name = text.substring(np.get(first).start(), np.get(k - 1).end()) + " and "
                + text.substring(np.get(and + 1).start(), np.get(e - 1).end());
        String role = first > 0 ? PersonMention.roleText(text, np.subList(0, first)) : null;
        return new Mention(span, phrase, name, role, SpeakerKind.GROUP, false, Gender.UNKNOWN);
    }
}
