package org.newsquotes.extraction.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.text.Token;

/**
 * Every place the reporter's own words (outside quotation marks) name a person whose gender is known: a
 * full name opening with a listed given name ("Claire Voss", "Sen. Claire Voss"; role words right before it,
 * "the widow Terry Lind", outrank the given name), an honorific with a surname ("Mr. Okafor", "Ms. Voss"),
 * and later the bare or titled surname of a full name already written ("Voss", "Sen. Voss"); each marked
 * whether it stands as the subject of its clause ({@link SubjectPosition}). Used to resolve "he"/"she" to a person the text has just
 * named who is not (yet) a recorded speaker. Possessives ("Voss’s plan") and names ending in an
 * organisation word ("the Ann Voss Foundation") are left out. Built in one linear pass over the tokens.
 * Limits: a name whose given name is not listed is not indexed, nor one given to both sexes unless a relative
 * clause after it states the gender ("Robin Tull, who sold her bakery") or the next sentence opens with "He" or
 * "She" ({@link NextSentencePronoun}), nor a given name
 * alone ("Claire said") unless "named" introduces it ("a nurse named Claire") or it stands in apposition to a
 * kinship word ("his wife, Claire," {@link KinApposition}); quote marks are tracked by a simple open/close toggle that a paragraph break resets.
 */
public final class PersonMentions {

    /**
     * One naming of a person: the canonical (full) name, its gender, where it was written, whether it stands as
     * the subject of its clause, and whether it introduces the person (the article's first full naming of
     * them, with an apposition after a comma: "Ann Voss, a nurse from Dover,").
     */
    public record Named(String name, Gender gender, int at, boolean subject, boolean introduced) {

        Named(String name, Gender gender, int at, boolean subject) {
            this(name, gender, at, subject, false);
        }
    }

    /** How many namings a query looks back over at most (keeps many pronouns linear). */
    private static final int LOOK_BACK = 24;
    private final List<Named> inOrder = new ArrayList<>();
    private final Map<String, Named> bySurname = new HashMap<>();

    public PersonMentions(String text, List<Token> tokens) {
        boolean inQuote = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        int lastEnd = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (NameIndex.lineBreak(text, lastEnd, t.start())) {
                inQuote = false;
            }
            lastEnd = t.end();
            String s = t.text();
            if (s.equals("“")) {
                inQuote = true;
            } else if (s.equals("”")) {
                inQuote = false;
            } else if (s.equals("\"")) {
                inQuote = !inQuote;
            }
            if (inQuote || !t.isWord() || !t.isCapitalized()) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalized()) {
                j++;
            }
            Named n = read(tokens, i, j, bySurname);
            if (n != null) {
                boolean introduced = n.name().indexOf(' ') > 0 && seen.add(n.name()) && j < tokens.size()
                        && tokens.get(j).is(",");
                inOrder.add(new Named(n.name(), n.gender(), n.at(), SubjectPosition.holds(text, tokens, i, j), introduced));
            }
            lastEnd = tokens.get(j - 1).end();
            i = j;
        }
    }

    /** The person named by the capitalised run {@code [i, j)}, or null. */
    private static Named read(List<Token> tokens, int i, int j, Map<String, Named> bySurname) {
        Token last = tokens.get(j - 1);
        if (possessive(last.text()) || j < tokens.size() && (tokens.get(j).is("’s") || tokens.get(j).is("'s"))
                || Lexicon.isOrganization(last) || Lexicon.isGroup(last)) {
            return null;
        }
        if (j == i + 1 && i > 0 && tokens.get(i - 1).is("named") && Gender.isFirstName(last.norm())
                && Gender.ofFirstName(last.norm()) != Gender.UNKNOWN) {
            // "a resident named Caroline": a person introduced by given name only
            return new Named(last.text(), Gender.ofFirstName(last.norm()), last.start(), false);
        }
        Named kin = KinApposition.read(tokens, i, j);
        if (kin != null) {
            return kin;
        }
        String surname = NameShape.surnameOf(last.text());
        boolean titles = true;
        for (int k = i; k < j - 1; k++) {
            Token t = tokens.get(k);
            if (Gender.isFirstName(t.norm())) {
                Gender stated = statedBefore(tokens, i);
                Gender g = stated != Gender.UNKNOWN ? stated : Gender.ofFirstName(t.norm());
                if (g == Gender.UNKNOWN) {
                    g = Gender.ofRelativeClause(tokens, j);
                }
                if (g == Gender.UNKNOWN) {
                    g = NextSentencePronoun.after(tokens, j);
                }
                if (g == Gender.UNKNOWN) {
                    return null;
                }
                StringBuilder name = new StringBuilder();
                for (int m = k; m < j; m++) {
                    name.append(m > k ? " " : "").append(tokens.get(m).text());
                }
                Named n = new Named(name.toString(), g, t.start(), false);
                bySurname.putIfAbsent(surname, n);
                return n;
            }
            if (isHonorific(t)) {
                Gender hg = Gender.ofWord(t.norm());
                Named known = bySurname.get(surname);
                return new Named(known != null && known.gender() == hg ? known.name() : last.text(), hg, t.start(),
                        false);
            }
            titles &= Lexicon.isTitle(t);
        }
        Named known = titles ? bySurname.get(surname) : null;
        return known == null ? null : new Named(known.name(), known.gender(), tokens.get(i).start(), false);
    }

    /** The gender stated by the role words right before a name ("the widow Ann Lind", "his wife Jo Lind"). */
    private static Gender statedBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return Gender.UNKNOWN;
            }
            Gender g = Gender.ofRoleWords(t.text());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * The last person named before {@code offset} and at or after {@code from}, of any gender, looking back
     * over at most {@value #LOOK_BACK} namings (0 when none); null if none.
     */
    public Named lastAnyBefore(int offset, int from) {
        int at = TextOrder.lastBefore(inOrder, x -> x.at(), offset);
        return at >= 0 && inOrder.get(at).at() >= from ? inOrder.get(at) : null;
    }

    /** The gender of the person first named with this surname (lower case), or UNKNOWN. */
    public Gender genderOf(String surname) {
        Named n = surname == null ? null : bySurname.get(surname);
        return n == null ? Gender.UNKNOWN : n.gender();
    }

    private static boolean isHonorific(Token t) {
        return t.is("mr.") || t.is("mr") || t.is("mrs.") || t.is("mrs") || t.is("ms.") || t.is("ms");
    }

    private static boolean possessive(String w) {
        return w.endsWith("’s") || w.endsWith("'s");
    }

    /**
     * The last person named before {@code offset} and at or after {@code from} whose known gender is
     * {@code gender} (and, when {@code subjectsOnly}, who stands as the subject of a clause), looking back over
     * at most {@value #LOOK_BACK} namings; null if none.
     */
    public Named lastBefore(int offset, int from, Gender gender, boolean subjectsOnly) {
        int at = TextOrder.lastBefore(inOrder, x -> x.at(), offset);
        for (int k = at; k >= 0 && k > at - LOOK_BACK && inOrder.get(k).at() >= from; k--) {
            if (inOrder.get(k).gender() == gender && (!subjectsOnly || inOrder.get(k).subject())) {
                return inOrder.get(k);
            }
        }
        return null;
    }
}
