package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;

/**
 * Token-shape tests on a capitalised run that may be a sentence's named subject, for {@link SentenceSubject}:
 * where the run ends, where a name starts after a role phrase, and which lone capitalised words are not names
 * (adverbs, participles, "Hours later"). Limits: word shapes and word lists only.
 */
final class SubjectName {

    /** How many words a role phrase before a name may hold: "Republican presidential front-runner Jo Lee". */
    private static final int ROLE_REACH = 6;

    private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "days",
            "hours", "minutes", "decades", "year", "month", "week", "day");

    private SubjectName() {
    }

    /**
     * The end of a run of up to six capitalised words (or titles after the first) from {@code s}; {@code s} when
     * the word there is a reporting cue.
     */
    static int nameRun(List<Token> b, int s) {
        if (s < b.size() && CueLexicon.isCue(b.get(s))) {
            return s;
        }
        int e = s;
        while (e < b.size() && e - s < 6 && (b.get(e).isCapitalized() && b.get(e).isWord()
                || e > s && Lexicon.isTitle(b.get(e)))) {
            e++;
        }
        return e;
    }

    /**
     * "Leading candidate Jo Lee is …", "party Chairman Jo Lee fairly …", "Former teacher and town Mayor Jo Lee, who
     * …": the start of a full name (two capitalised words) after a role phrase of a few words, at least one of
     * them lower case, that ends in a title word or precedes a known first name; -1 when there is none.
     */
    static int rolePrefixed(List<Token> b, int s) {
        boolean lower = false;
        for (int k = s; k < b.size() - 1 && k - s <= ROLE_REACH; k++) {
            Token t = b.get(k);
            if (k > s && lower && t.isWord() && t.isCapitalized() && !Lexicon.isTitle(t)
                    && b.get(k + 1).isWord() && b.get(k + 1).isCapitalized()
                    && (Lexicon.isTitle(b.get(k - 1)) || Gender.isFirstName(t.norm()))) {
                return k;
            }
            if (!t.isWord() || CueLexicon.isCue(t) || Lexicon.isPronoun(t) || Lexicon.isDeterminer(t)
                    || Lexicon.isFunctionWord(t) && !t.is("and")) {
                return -1;
            }
            lower |= !t.isCapitalized();
        }
        return -1;
    }

    /**
     * "Former Obama speechwriter Jo Lee published …", "Trump aide Jo Lee said …": a run of names and titles, one
     * lower-case role noun (not a verb form: no "-ed", "-s", "-ing", "-ly") and a full name of two or more words
     * followed by a lower-case word or a comma; the end of that name, else -1.
     */
    static int roleNounName(List<Token> b, int s) {
        int e = s;
        while (e < b.size() && e - s < 4 && (Lexicon.isNameToken(b.get(e)) || Lexicon.isTitle(b.get(e))
                && b.get(e).isCapitalized())) {
            e++;
        }
        if (e == s || e + 3 >= b.size()) {
            return -1;
        }
        Token role = b.get(e);
        String r = role.norm();
        if (!role.isWord() || role.isCapitalized() || Lexicon.isFunctionWord(role) || CueLexicon.isCue(role)
                || r.endsWith("ed") || r.endsWith("s") || r.endsWith("ing") || r.endsWith("ly") || r.length() < 4) {
            return -1;
        }
        int f = e + 1;
        while (f < b.size() && f - e <= 4 && Lexicon.isNameToken(b.get(f))) {
            f++;
        }
        if (f - e - 1 < 2 || f >= b.size()) {
            return -1;
        }
        Token after = b.get(f);
        return after.text().equals(",") || after.isWord() && !after.isCapitalized() ? f : -1;
    }

    /** "Doing so …", "Citing the …": one capitalised -ing word followed by "so", "to" or a determiner. */
    static boolean participle(List<Token> b, int s, int e) {
        return e == s + 1 && b.get(s).norm().endsWith("ing")
                && (b.get(e).is("so") || b.get(e).is("to") || Lexicon.isDeterminer(b.get(e)));
    }

    /**
     * Whether a lone capitalised word opening a sentence reads as a name before {@code next}: not an adverb,
     * participle or past form ("Immediately", "Preceded by …"), a plural before a time word ("Hours later") nor a
     * number before a unit of time ("Twenty years ago").
     */
    static boolean plainName(Token t, Token next) {
        String w = t.norm();
        if (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing")) {
            return false;
        }
        if (TIME_UNITS.contains(next.norm())) {
            return false;
        }
        return !(w.endsWith("s") && (next.is("later") || next.is("earlier") || next.is("after") || next.is("ago")
                || next.is("before")));
    }

    /** "Russian officials", "Trump campaign": the capitalised words modify a noun, they are not the subject. */
    static boolean isNounHead(Token t) {
        return Lexicon.isGroup(t)
                || Lexicon.isOrganization(t)
                || Lexicon.isTitle(t);
    }
}
