package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * The named subject opening a sentence or its main clause ("Sanders has pushed …", "On Monday, Clinton
 * tried …"), used when no reporting verb is found, and to keep recent speakers for pronouns. Reads at most
 * the first dozen tokens of a sentence.
 */
final class SentenceSubject {

    private static final int INTRO_REACH = 8;
    /** How far the comma closing an introductory clause may stand when the sentence opens with "As", "When" …. */
    private static final int LONG_INTRO_REACH = 30;
    /** How far the comma closing a relative clause may stand: "Jo Lee, who was elected in 2010, casts …". */
    private static final int RELATIVE_REACH = 14;
    /** How many words a role phrase before a name may hold: "Republican presidential front-runner Jo Lee". */
    private static final int ROLE_REACH = 6;
    private static final java.util.Set<String> INTRODUCERS = java.util.Set.of("as", "when", "while", "after",
            "before", "since", "although", "though", "if", "because", "despite", "in", "on", "at", "during", "with",
            "following", "amid", "for", "by", "from", "until", "once", "unlike", "like");

    /** Conjunctions and adverbs opening a sentence before its subject: "But Jo Lee said …", "And then Lee …". */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("but", "and", "so", "yet", "still",
            "then", "now", "later");

    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("years", "months", "weeks", "days",
            "hours", "minutes", "decades", "year", "month", "week", "day");

    private final String text;

    SentenceSubject(String text) {
        this.text = text;
    }

    /**
     * Last resort for a fragment inside the reporter's sentence with no reporting verb we know: the named
     * subject opening the sentence or its main clause ("Sanders has pushed his promise of “free college”"),
     * when a lower-case word (the verb) follows it. No cue is given.
     */
    Attribution of(List<Token> b) {
        int s = clauseStart(b);
        if (s < b.size() && (b.get(s).is("he") || b.get(s).is("she")) && s + 1 < b.size()
                && b.get(s + 1).isWord() && !b.get(s + 1).isCapitalized()) {
            Mention p = MentionParser.parse(text, b.subList(s, s + 1), null);
            return new Attribution(null, p, Attribution.Rule.SUBJECT);
        }
        int s0 = 0;
        while (s0 < b.size() && s0 < 2 && CONJUNCTIONS.contains(b.get(s0).norm())) {
            s0++;
        }
        Attribution asides = s0 >= b.size() || INTRODUCERS.contains(b.get(s0).norm())
                || Lexicon.isFunctionWord(b.get(s0)) ? null : throughAsides(b, s0);
        if (asides == null && s > 0) {
            asides = throughAsides(b, s);
        }
        for (int k = s; asides == null && s > 0 && longIntro(b) && k < b.size() && k < LONG_INTRO_REACH; k++) {
            if (b.get(k).text().equals(",") && k + 1 < b.size()) {
                asides = throughAsides(b, k + 1);
            }
        }
        int role = asides == null && s0 < b.size() ? rolePrefixed(b, s0) : -1;
        if (role < 0 && asides == null && s > 0) {
            role = rolePrefixed(b, s);
        }
        if (role > 0) {
            asides = throughAsides(b, role);
        }
        if (asides != null) {
            return asides;
        }
        int e = nameRun(b, s);
        if (e == s || e >= b.size() || !b.get(e).isWord() || b.get(e).isCapitalized()
                || b.get(e).is("of") || b.get(e).is("and") || isNounHead(b.get(e)) || participle(b, s, e)) {
            return s > 0 ? beforeAside(b, s) : null;
        }
        return person(b, s, e);
    }

    /**
     * "Leading candidate Jo Lee is …", "party Chairman Jo Lee fairly …", "Former teacher and town Mayor Jo Lee, who
     * …": the start of a full name (two capitalised words) after a role phrase of a few words, at least one of
     * them lower case, that ends in a title word or precedes a known first name; -1 when there is none.
     */
    private static int rolePrefixed(List<Token> b, int s) {
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

    /** "Doing so …", "Citing the …": one capitalised -ing word followed by "so", "to" or a determiner. */
    private static boolean participle(List<Token> b, int s, int e) {
        return e == s + 1 && b.get(s).norm().endsWith("ing")
                && (b.get(e).is("so") || b.get(e).is("to") || Lexicon.isDeterminer(b.get(e)));
    }

    /**
     * A name opening at {@code s}, then any asides ({@link #pastAsides}), then a lower-case verb ("Jo Lee shot
     * back, saying …", "Jo Lee (D-Ohio), in particular, has …"); null otherwise.
     */
    private Attribution throughAsides(List<Token> b, int s) {
        int e = nameRun(b, s);
        int v = e > s ? pastAsides(b, e) : e;
        if (v == e && e - s == 1 && !plainName(b.get(s), b.get(Math.min(v, b.size() - 1)))) {
            return null;
        }
        if (v > s && v < b.size() && b.get(v).isWord() && !b.get(v).isCapitalized() && !b.get(v).is("and")
                && !b.get(v).is("of") && !isNounHead(b.get(e - 1)) && !isNounHead(b.get(v))
                && !Lexicon.isDeterminer(b.get(v)) && !Lexicon.isPronoun(b.get(v))) {
            return person(b, s, e);
        }
        return null;
    }

    /**
     * Whether a lone capitalised word opening a sentence reads as a name before {@code next}: not an adverb,
     * participle or past form ("Immediately", "Preceded by …"), a plural before a time word ("Hours later") nor a
     * number before a unit of time ("Twenty years ago").
     */
    private static boolean plainName(Token t, Token next) {
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

    /**
     * After a name ending at {@code e}: past a party tag in parentheses ("(D-Nev.)"), an affiliation ("of West
     * Virginia", "of the Sierra Club") and one short aside or appositive between commas (", in particular,",
     * ", a medical doctor,"); {@code e} when
     * none of these follows.
     */
    private static int pastAsides(List<Token> b, int e) {
        int v = e;
        if (v < b.size() && b.get(v).text().equals("(")) {
            int k = v + 1;
            while (k < b.size() && k - v <= 6 && !b.get(k).text().equals(")")) {
                k++;
            }
            v = k < b.size() && b.get(k).text().equals(")") ? k + 1 : e;
        }
        if (v + 1 < b.size() && (b.get(v).is("of") || b.get(v).is("from"))) {
            int k = v + 1;
            if (b.get(k).is("the")) {
                k++;
            }
            int r = k;
            while (r < b.size() && r - k < 4 && b.get(r).isWord() && b.get(r).isCapitalized()) {
                r++;
            }
            v = r > k ? r : v;
        }
        if (v < b.size() && b.get(v).text().equals(",") && v + 1 < b.size()) {
            Token first = b.get(v + 1);
            boolean owner = possessiveName(first);
            boolean appositive = first.is("a") || first.is("an") || first.is("the") || owner;
            boolean relative = first.is("who");
            int k = v + 1;
            while (k < b.size() && k - v <= (relative ? RELATIVE_REACH : appositive ? 8 : 4)
                    && !b.get(k).text().equals(",")) {
                k++;
            }
            boolean aside = k < b.size() && b.get(k).text().equals(",") && k > v + 1
                    && first.isWord() && (!first.isCapitalized() || owner)
                    && (appositive || !Lexicon.isDeterminer(first))
                    && (relative || !first.is("who") && !first.is("which"));
            v = aside ? k + 1 : v;
        } else if (v + 2 < b.size() && isAsideDash(b.get(v)) && b.get(v + 1).isWord()
                && !b.get(v + 1).isCapitalized()) {
            int k = v + 1;
            while (k < b.size() && k - v <= 10 && !isAsideDash(b.get(k))) {
                k++;
            }
            v = k < b.size() && isAsideDash(b.get(k)) ? k + 1 : v;
        }
        return v;
    }

    /** "Jo Lee, Sam's father, said": a capitalised possessive opening an appositive. */
    private static boolean possessiveName(Token t) {
        String w = t.text();
        return t.isWord() && t.isCapitalized() && (w.endsWith("'s") || w.endsWith("’s"));
    }

    private static boolean isAsideDash(Token t) {
        return t.text().equals("—") || t.text().equals("–") || t.text().equals("--");
    }

    /**
     * Where the main clause starts: after the comma closing an introductory phrase, else 0. The comma may be
     * the last character inside a quote left out of the window ("While Lee calls it a “fine plan,” Okafor …").
     */
    private int clauseStart(List<Token> b) {
        int reach = longIntro(b) ? LONG_INTRO_REACH : INTRO_REACH;
        for (int k = 0; k < b.size() && k < reach; k++) {
            if (b.get(k).text().equals(",")) {
                return k + 1;
            }
            if (k > 0 && quotedCommaBetween(b.get(k - 1), b.get(k))) {
                return k;
            }
        }
        return 0;
    }

    /** Whether the text between two window tokens holds a quote closed right after a comma: ",”" or ",\"". */
    private boolean quotedCommaBetween(Token a, Token b) {
        if (b.start() - a.end() < 3) {
            return false;
        }
        String gap = text.substring(a.end(), b.start()).stripTrailing();
        return gap.endsWith(",”") || gap.endsWith(",\"") || gap.endsWith(",’") || gap.endsWith(",'");
    }

    /**
     * The sentence opens with an introductory phrase that may run long and hold commas of its own: a
     * subordinator or preposition ("As …", "In …") or a participle ("Speaking at a town hall in Salem, Ohio,
     * Lee went …").
     */
    private static boolean longIntro(List<Token> b) {
        if (b.isEmpty()) {
            return false;
        }
        String w = b.get(0).norm();
        return INTRODUCERS.contains(w) || b.get(0).isCapitalized() && w.length() > 5 && w.endsWith("ing");
    }

    /**
     * "Clinton, clearly frustrated, responded …", "Beck, who has …, clearly intended …": a name opening the
     * sentence and followed by a comma, when the words after the first comma do not start a clause of their own.
     */
    private Attribution beforeAside(List<Token> b, int afterComma) {
        if (Lexicon.isFunctionWord(b.get(0))) {
            return null;
        }
        int e = nameRun(b, 0);
        if (e == 0 || e != afterComma - 1 || isNounHead(b.get(e - 1))) {
            return null;
        }
        Attribution a = person(b, 0, e);
        return a != null && !a.source().pronoun() ? a : null;
    }

    private static int nameRun(List<Token> b, int s) {
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

    private Attribution person(List<Token> b, int s, int e) {
        Mention m = MentionParser.parse(text, b.subList(s, e), null);
        return m != null && m.kind() == SpeakerKind.PERSON ? new Attribution(null, m, Attribution.Rule.SUBJECT)
                : null;
    }

    /**
     * "The State Department hinted at “…”", "On Monday, the Gazette reveals …": an organisation opening the
     * sentence or its main clause, followed by a lower-case word (its verb). Only that first noun phrase is read.
     */
    Attribution organization(List<Token> b) {
        int from = clauseStart(b);
        int s = from;
        if (s < b.size() && (b.get(s).is("the") || b.get(s).is("a") || b.get(s).is("an"))) {
            s++;
        }
        int e = s;
        while (e < b.size() && e - s < 6 && b.get(e).isWord() && b.get(e).isCapitalized()) {
            e++;
        }
        if (e > s && e < b.size() && Lexicon.isOrganization(b.get(e))) {
            e++;
        }
        if (e == s || e >= b.size() || !b.get(e).isWord() || b.get(e).isCapitalized()) {
            return null;
        }
        Mention m = MentionParser.parse(text, b.subList(from, e), null);
        return m != null && m.kind() == SpeakerKind.ORGANIZATION ? new Attribution(null, m, Attribution.Rule.SUBJECT)
                : null;
    }

    /** The named person opening sentence {@code sent} (outside quotes), as a cue-less attribution, or null. */
    Attribution named(ArticleTokens all, Span sent) {
        List<Token> w = new ArrayList<>();
        for (int i = all.firstAtOrAfter(sent.start()); i < all.size() && w.size() < 12; i++) {
            if (all.get(i).start() >= sent.end() || all.quoteOf(i) >= 0) {
                break;
            }
            w.add(all.get(i));
        }
        Attribution a = w.isEmpty() ? null : of(w);
        return a != null && !a.source().pronoun() ? a : null;
    }

    /** "Russian officials", "Trump campaign": the capitalised words modify a noun, they are not the subject. */
    private static boolean isNounHead(Token t) {
        return Lexicon.isGroup(t)
                || Lexicon.isOrganization(t)
                || Lexicon.isTitle(t);
    }
}
