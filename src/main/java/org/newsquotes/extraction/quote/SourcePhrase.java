package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.speaker.NameShape;
import org.newsquotes.extraction.text.Token;

/**
 * Finds the source phrase next to a reporting verb in a token window: the subject before it ("Smith also
 * said", "Sam A. Greene, director of …, said", "The Russian ambassador, Anatoly Antonov, said") or the phrase
 * after an inverted verb ("said Smith", "said a senior official"). Bounded look-around, so linear overall.
 */
final class SourcePhrase {

    private static final int MAX_NP = 10;
    private static final int MAX_APPOSITIVE = 20;
    /** How far back a name may stand before a chain of appositives ("Jo Lee, a professor who …, one of …, said"). */
    private static final int EARLIER_NAME_REACH = 32;
    private static final Set<String> SKIP = Set.of(
            "also", "has", "have", "had", "is", "was", "were", "are", "would", "will", "later", "then",
            "previously", "once", "repeatedly", "recently", "simply", "just", "again", "further",
            "reportedly", "publicly", "often", "already", "never", "not", "first", "initially",
            "subsequently", "flatly", "bluntly", "frequently", "privately", "separately", "earlier", "still",
            "even", "did", "does", "could", "might", "may", "should", "can", "must", "ve", "’ve", "'ve",
            "finally", "quickly", "went", "on", "to", "emphatically", "directly", "explicitly", "openly",
            "angrily", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "last",
            "himself", "herself", "however", "too", "personally", "instead", "now");
    private static final Set<String> NP_STOP = Set.of("that", "and", "but", "or", "which", "who", "whom", "when",
            "if", "whether", "because", "as", "while", "after", "before", "since", "than", "where", "what", "how", "why",
            "so", "though", "although", "with", "by", "about", "from", "into", "against", "over", "under", "is",
            "was", "were", "are", "be", "been", "has", "had", "have", "not", "it", "this", "there", "here",
            "would", "will", "could", "should", "can", "did", "do", "does", "asked", "speaking", "however",
            "meanwhile", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
            "in", "on", "at", "for", "to", "of", "then", "now", "later", "today", "yesterday", "reporters");

    /** Prepositions that close a name read forward after its verb: "said Jo Lee during the debate". */
    private static final Set<String> FORWARD_STOP = Set.of("during", "throughout", "amid", "despite", "through",
            "via", "upon", "among", "between", "within", "without", "outside", "inside", "across", "toward",
            "towards", "behind", "beyond", "near");

    /** Prepositions whose object can be the subject of a participle: "with Smith saying", "of Smith saying". */
    private static final Set<String> PARTICIPLE_SUBJECT = Set.of("with", "without", "of", "by");

    /** Whether {@code np} reads as a person with a name ("former envoy Jo Lee"), not a bare role. */
    private boolean isNamedPerson(List<Token> np) {
        Mention m = MentionParser.parse(text, np, null);
        return m != null && m.kind() == SpeakerKind.PERSON && NameShape.nameStart(np) < np.size();
    }

    /** Between a name and its affiliation: "Jo Smith of the Sierra Club said". */
    private static final Set<String> AFFILIATION = Set.of("of", "from", "at");

    /**
     * The index of the last lower-case word (not a determiner or connector) or possessive ("on CBS's") in
     * {@code w[from, to)}, or -1.
     */
    private static int lowerWordAfter(List<Token> w, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            Token t = w.get(i);
            if (t.isWord() && !t.isCapitalized() && !Lexicon.isDeterminer(t) && !Lexicon.isConnector(t)
                    || isPossessive(t)) {
                last = i;
            }
        }
        return last;
    }

    /**
     * "at the party convention Sen. Jo Smith (D-Ohio) said", "In an interview Smith declared": in a phrase after
     * a preposition, the capitalised run after its last lower-case word, when it holds a person's name, is the
     * subject (the words before belong to the prepositional phrase); else {@code k} unchanged.
     */
    private static int titledNameAfterLowerWords(List<Token> w, int k, int end) {
        int last = lowerWordAfter(w, k, end);
        if (last < 0 || last + 1 >= end) {
            return k;
        }
        List<Token> run = w.subList(last + 1, end);
        for (Token t : run) {
            if (!(t.isCapitalized() || t.text().equals("."))) {
                return k;
            }
        }
        int ns = NameShape.nameStart(run);
        return ns < run.size() && Lexicon.isNameToken(run.get(run.size() - 1)) ? last + 1 : k;
    }

    /** Words opening a relative clause after a comma: "Jo Smith, head of the union, which …, said". */
    private static final Set<String> RELATIVE = Set.of("which", "who", "whose", "where", "whom");

    /** After "said X", a word that makes X the subject of a reported clause ("said the judge had …"). */
    private static final Set<String> CLAUSE_VERB = Set.of("that", "is", "was", "were", "are", "has", "had", "have",
            "would", "will", "could", "should", "can", "did", "does", "do", "might", "must", "may", "be");

    /**
     * Before a noun phrase, a word that makes it an object ("took to Twitter to say"), not a subject; except
     * "with", "without", "of" or "by" before a participle ("with Smith saying").
     */
    private static final Set<String> PREPOSITION = Set.of("to", "in", "on", "at", "from", "with", "by", "for", "of",
            "into", "about", "against", "over", "under", "toward", "towards");

    private final String text;

    SourcePhrase(String text) {
        this.text = text;
    }

    /** The subject of the verb at {@code c} in {@code w}, not reaching before {@code lo}; null if none. */
    Mention subject(List<Token> w, int c, int lo) {
        int j = c - 1;
        while (j >= lo && (SKIP.contains(w.get(j).norm()) && !nameBeforeFiniteVerb(w, j, c)
                || mannerAdverb(w, j, lo)) && j > lo) {
            j--;
        }
        if (j < lo) {
            return null;
        }
        j = skipParenthesis(w, j, lo);
        if (j < lo) {
            return null;
        }
        Token t = w.get(j);
        if (t.text().equals(",")) {
            Mention a = appositive(w, j, lo);
            return a != null ? a : strayComma(w, j, lo);
        }
        if (j == c - 1 && isPossessive(t)) {
            return null;
        }
        if (Lexicon.isPronoun(t)) {
            return MentionParser.parse(text, w.subList(j, j + 1), null);
        }
        int k = npStart(w, j, lo);
        if (k <= j && k - 2 >= lo && AFFILIATION.contains(w.get(k - 1).norm())
                && Lexicon.isNameToken(w.get(k - 2)) && lowerWordAfter(w, k, j + 1) < 0) {
            k = npStart(w, k - 2, lo);
        }
        if (k <= j && k - 3 >= lo && w.get(k - 1).is("with") && w.get(k - 2).is("familiar")) {
            int head = npStart(w, k - 3, lo);
            if (head <= k - 3) {
                return MentionParser.parse(text, w.subList(head, k - 2), null);
            }
        }
        if (k <= j && k > lo && PREPOSITION.contains(w.get(k - 1).norm()) && CueLexicon.isCue(w.get(c))) {
            k = titledNameAfterLowerWords(w, k, j + 1);
        }
        if (k <= j && k - 1 > lo && w.get(k - 1).text().equals(",") && isAside(w.subList(k, j + 1))) {
            return throughAsides(w, k - 1, j + 1, lo);
        }
        if (k > j || k > lo && PREPOSITION.contains(w.get(k - 1).norm())
                && !(w.get(c).norm().endsWith("ing") && PARTICIPLE_SUBJECT.contains(w.get(k - 1).norm()))) {
            return k <= j ? OpenAppositive.name(text, w, j, lo) : null;
        }
        if (k - 2 >= lo && w.get(k - 1).text().equals(",") && w.get(k).isWord() && !w.get(k).isCapitalized()
                && !Lexicon.isDeterminer(w.get(k)) && Lexicon.isNameToken(w.get(k - 2))
                && !isNamedPerson(w.subList(k, j + 1))) {
            int ns = npStart(w, k - 2, lo);
            if (ns <= k - 2) {
                Mention named = MentionParser.parse(text, w.subList(ns, k - 1),
                        text.substring(w.get(k).start(), w.get(j).end()));
                if (named != null && named.kind() == SpeakerKind.PERSON) {
                    return named;
                }
            }
        }
        return MentionParser.parse(text, w.subList(k, j + 1), null);
    }

    /**
     * "Sen. Jo Lee (D-Ohio), said": a name opening the window, then a lone comma before the verb; null otherwise.
     */
    private Mention strayComma(List<Token> w, int comma, int lo) {
        if (comma - 1 < lo) {
            return null;
        }
        int e = skipParenthesis(w, comma - 1, lo);
        if (e < lo || !Lexicon.isNameToken(w.get(e)) || npStart(w, e, lo) != lo) {
            return null;
        }
        Mention m = MentionParser.parse(text, w.subList(lo, e + 1), null);
        return m != null && m.kind() == SpeakerKind.PERSON ? m : null;
    }

    /**
     * "Marlowe jokingly said", "she sharply told": a lower-case "-ly" word right after a name or pronoun is an
     * adverb between the subject and its verb ("The family said" keeps "family": a determiner precedes it); also
     * after the comma closing an appositive ("Jo Lee, the head of the union, forcefully told").
     */
    static boolean mannerAdverb(List<Token> w, int j, int lo) {
        Token t = w.get(j);
        String n = t.norm();
        if (j <= lo || t.isCapitalized() || n.length() < 5 || !n.endsWith("ly")) {
            return false;
        }
        Token before = w.get(j - 1);
        return before.isWord() && (before.isCapitalized() && !Lexicon.isDeterminer(before)
                || Lexicon.isPronoun(before)) || before.text().equals(",");
    }

    /** The phrase after an inverted verb at {@code c} ("said Smith, a lawyer for …"); null if none. */
    Mention inverted(List<Token> w, int c, int hi) {
        int s = c + 1;
        int e = s;
        while (e < hi && e - s < MAX_NP && (npWordForward(w.get(e), e == s) || capitalizedName(w, e, hi)
                || e > s && slashed(w, e, hi))) {
            e++;
        }
        e = pastLowerCaseRole(w, s, e, hi);
        if (e == s || e < hi && CLAUSE_VERB.contains(w.get(e).norm())) {
            return null;
        }
        if (e + 1 < hi && w.get(e).is("and") && Lexicon.isTitle(w.get(e - 1))) {
            // "said former Ohio Gov. and Fair Board Chairman Jo Lee": two roles of one person, named after the second
            Mention second = inverted(w, e, hi);
            if (second != null && second.kind() == SpeakerKind.PERSON && !second.pronoun()) {
                return second;
            }
        }
        int after = e < hi && w.get(e).text().equals("(") ? skipParenthesisForward(w, e, hi) : e;
        Mention named = nameAfterDescription(w, s, e, hi);
        if (named != null) {
            return named;
        }
        String role = null;
        if (after < hi && w.get(after).text().equals(",")) {
            int r = after + 1;
            while (r < hi && r - after < MAX_APPOSITIVE && !isPunct(w.get(r), ",;.!?")) {
                r++;
            }
            if (r > after + 1) {
                role = text.substring(w.get(after + 1).start(), w.get(r - 1).end());
            }
        }
        Mention m = MentionParser.parse(text, w.subList(s, e), role);
        if (m != null && m.kind() != SpeakerKind.PERSON && e < hi && FORWARD_STOP.contains(w.get(e).norm())) {
            return null; // "described the party during an interview as …": an object, not the speaker
        }
        return m != null && m.kind() == SpeakerKind.PERSON ? m : m != null && isKnown(m, w.get(e - 1)) ? m : null;
    }

    /**
     * "said master of ceremonies Jo Lee", "said director of communications Jo Lee": a lower-case role with "of"
     * before a name of two or more words; the end of that phrase, else {@code e} unchanged.
     */
    private static int pastLowerCaseRole(List<Token> w, int s, int e, int hi) {
        if (e >= hi || e == s || !w.get(e).is("of")) {
            return e;
        }
        for (int i = s; i < e; i++) {
            if (!w.get(i).isWord() || w.get(i).isCapitalized()) {
                return e;
            }
        }
        int r = e + 1;
        while (r < hi && r - e <= 3 && w.get(r).isWord() && !w.get(r).isCapitalized()
                && !NP_STOP.contains(w.get(r).norm())) {
            r++;
        }
        int n = r;
        while (n < hi && n - r < 4 && (Lexicon.isNameToken(w.get(n)) || w.get(n).text().equals("."))) {
            n++;
        }
        return r > e + 1 && n - r >= 2 && (n == hi || isPunct(w.get(n), ",.;")) ? n : e;
    }

    /** "9/11 widow", "D/R": a slash joining two word tokens inside a noun phrase. */
    private static boolean slashed(List<Token> w, int e, int hi) {
        return w.get(e).text().equals("/") && e + 1 < hi && w.get(e - 1).isWord() && w.get(e + 1).isWord()
                && w.get(e + 1).start() == w.get(e).end() && w.get(e - 1).end() == w.get(e).start();
    }

    /** Finite verb forms a modal cannot take: "Will said", "May urges" name a person, "will say" does not. */
    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "spoke", "put", "took");

    /**
     * "Citing the figures, Will urged …", "May said": a capitalised "Will" or "May" right before a finite
     * (past or third-person) verb is a name, not the modal, which is followed by a bare verb ("will say").
     */
    private static boolean nameBeforeFiniteVerb(List<Token> w, int j, int c) {
        Token t = w.get(j);
        if (j != c - 1 || !t.isCapitalized() || !(t.is("will") || t.is("may"))) {
            return false;
        }
        String v = w.get(c).norm();
        return v.endsWith("ed") || v.endsWith("s") || IRREGULAR_PAST.contains(v);
    }

    /** "Will Doyle", "May Lee": a capitalised word that is otherwise a stop word, followed by a name. */
    private static boolean capitalizedName(List<Token> w, int e, int hi) {
        Token t = w.get(e);
        return (t.is("will") || t.is("may")) && t.isCapitalized() && e + 1 < hi
                && Lexicon.isNameToken(w.get(e + 1));
    }

    /** The index after a parenthesis group opening at {@code e} ("(D-Ohio)"), or {@code e} when unclosed. */
    private static int skipParenthesisForward(List<Token> w, int e, int hi) {
        for (int k = e + 1; k < hi && k - e <= 8; k++) {
            if (w.get(k).text().equals(")")) {
                return k + 1;
            }
        }
        return e;
    }

    /**
     * "said Rubio’s campaign manager, Jo Smith, who …", "said her host, actress Jo Smith.": a description with
     * no name, then a name in apposition (after at most two lower-case role words), which is the source.
     */
    private Mention nameAfterDescription(List<Token> w, int s, int e, int hi) {
        if (e + 2 >= hi || !w.get(e).text().equals(",") || NameShape.nameStart(w.subList(s, e)) < e - s) {
            return null;
        }
        int from = e + 1;
        while (from < hi && from - e <= 2 && w.get(from).isWord() && !w.get(from).isCapitalized()
                && !Lexicon.isFunctionWord(w.get(from))) {
            from++;
        }
        int n = from;
        while (n < hi && n - from < 4 && (Lexicon.isNameToken(w.get(n)) || w.get(n).text().equals("."))) {
            n++;
        }
        if (n - from < 2 || n < hi && !isPunct(w.get(n), ",.;")) {
            return null;
        }
        String role = text.substring(w.get(s).start(), w.get(e - 1).end());
        Mention m = MentionParser.parse(text, w.subList(e + 1, n), role);
        return m != null && m.kind() == SpeakerKind.PERSON ? m : null;
    }

    /** "Trump’s claim": a possessive right before the cue makes the cue a noun, and the name no subject. */
    private static boolean isPossessive(Token t) {
        String w = t.text();
        return w.endsWith("’s") || w.endsWith("'s") || w.endsWith("s’") || w.endsWith("s'");
    }

    /** Before "Sen. Marco Rubio (R-Fla.) said": the index just before a closing parenthesis group. */
    private static int skipParenthesis(List<Token> w, int j, int lo) {
        if (j < lo || !w.get(j).text().equals(")")) { // j < lo: nothing before the comma (",““, said")
            return j;
        }
        for (int k = j - 1; k >= lo && j - k <= 8; k--) {
            if (w.get(k).text().equals("(")) {
                return k - 1;
            }
        }
        return j;
    }

    /**
     * Whether a mention is a plausible source: a person, pronoun, organisation, listed group word, or names
     * speaking together ("Marlowe and Okafor").
     */
    static boolean isKnown(Mention m, Token head) {
        return m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION || Lexicon.isGroup(head)
                || m.kind() == SpeakerKind.GROUP && Lexicon.isNameToken(head);
    }

    private Mention appositive(List<Token> w, int comma, int lo) {
        int k = comma - 1;
        while (k >= lo && comma - k < MAX_APPOSITIVE && !w.get(k).text().equals(",")) {
            k--;
        }
        if (k < lo || !w.get(k).text().equals(",") || k + 1 >= comma) {
            return null;
        }
        List<Token> seg = w.subList(k + 1, comma);
        if (isAside(seg)) {
            return throughAsides(w, k, comma, lo);
        }
        if (RELATIVE.contains(seg.get(0).norm()) && k - 1 >= lo) {
            Mention before = appositive(w, k, lo);
            if (before != null && before.kind() == SpeakerKind.PERSON) {
                return before;
            }
        }
        Mention described = nameInApposition(w, k, seg, lo);
        if (described != null) {
            return described;
        }
        Mention earlier = earlierName(w, k, comma, lo);
        if (earlier != null) {
            return earlier;
        }
        if (seg.size() <= 4 && allNameTokens(seg)) {
            int rs = npStart(w, k - 1, lo);
            String role = rs <= k - 1 ? text.substring(w.get(rs).start(), w.get(k - 1).end()) : null;
            return MentionParser.parse(text, seg, role);
        }
        if (k - 1 < lo) {
            return null;
        }
        int e = skipParenthesis(w, k - 1, lo);
        int ns = e < lo ? e + 1 : npStart(w, e, lo);
        if (ns > e) {
            return null;
        }
        String role = text.substring(seg.get(0).start(), seg.get(seg.size() - 1).end());
        return MentionParser.parse(text, w.subList(ns, e + 1), role);
    }

    /**
     * "Jo's niece, state Sen. Ann Lee (D-Ohio), said": a description with no name (ending in a lower-case noun)
     * before a comma, then a titled name of two or more words in apposition, which is the source; null otherwise.
     */
    private Mention nameInApposition(List<Token> w, int k, List<Token> seg, int lo) {
        int e = seg.size();
        if (seg.get(e - 1).text().equals(")")) {
            int open = e - 2;
            while (open > 0 && e - open <= 8 && !seg.get(open).text().equals("(")) {
                open--;
            }
            e = seg.get(open).text().equals("(") ? open : e;
        }
        if (e < 2 || e > 8 || k - 1 < lo) {
            return null;
        }
        Token head = w.get(k - 1);
        List<Token> np = seg.subList(0, e);
        int ns = NameShape.nameStart(np);
        if (!head.isWord() || head.isCapitalized() || ns > e - 2 || !Lexicon.isNameToken(np.get(e - 1))) {
            return null;
        }
        for (int i = 0; i < ns; i++) {
            if (!(Lexicon.isTitle(np.get(i)) || !np.get(i).isCapitalized() && np.get(i).isWord())) {
                return null;
            }
        }
        Mention m = MentionParser.parse(text, np, null);
        return m != null && m.kind() == SpeakerKind.PERSON ? m : null;
    }

    /**
     * "Jo Smith, 29, of Akron, Ohio, said", "Sen. Jo Smith, R-Ohio, said", "Smith, during a visit to Akron,
     * Ohio, said": steps back over comma-separated asides (a place, party tag, age or prepositional phrase) to
     * the name before them; the asides become the role. Null when no name comes first.
     */
    private Mention throughAsides(List<Token> w, int k, int comma, int lo) {
        for (int hops = 0; hops < 4; hops++) {
            int p = k - 1;
            while (p >= lo && k - p < MAX_APPOSITIVE && !w.get(p).text().equals(",")) {
                p--;
            }
            boolean atComma = p >= lo && w.get(p).text().equals(",");
            if (atComma && p + 1 < k && (isAside(w.subList(p + 1, k)) || opensAppositive(w.get(p + 1)))) {
                k = p;
                continue;
            }
            if (k - 1 < lo) {
                return null;
            }
            int e = skipParenthesis(w, k - 1, lo);
            int from = atComma ? p + 1 : lo;
            if (e < from) {
                return null;
            }
            int ns = npStart(w, e, from);
            if (ns > e || !Lexicon.isNameToken(w.get(e))) {
                return null;
            }
            if (ns - 2 >= from && (w.get(ns - 1).is("of") || w.get(ns - 1).is("from"))
                    && Lexicon.isNameToken(w.get(ns - 2))) {
                ns = npStart(w, ns - 2, from);
            }
            String role = text.substring(w.get(k + 1).start(), w.get(comma - 1).end());
            Mention m = MentionParser.parse(text, w.subList(ns, e + 1), role);
            return m != null && m.kind() == SpeakerKind.PERSON ? m : null;
        }
        return null;
    }

    /** "a salesman from Akron", "the owner of …": a descriptive appositive between a name and its asides. */
    private static boolean opensAppositive(Token first) {
        return first.is("a") || first.is("an") || first.is("the");
    }

    /** A place, party tag, age or prepositional phrase set off by commas after a name. */
    private static boolean isAside(List<Token> seg) {
        Token first = seg.get(0);
        if (Character.isDigit(first.text().charAt(0)) && seg.size() <= 2 || Lexicon.isPartyTag(first)) {
            return true;
        }
        if (first.is("during") || first.is("in") || first.is("at") || first.is("of") || first.is("from")) {
            return true;
        }
        for (Token t : seg) {
            if (t.isWord() && !Lexicon.isPlace(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Dean Johnson, a salesman from Sumter, South Carolina, says": a person's name before an earlier comma
     * that opens an appositive ("a …", "who …", "the …", "chairman of …"), so a place or organisation between
     * later commas is not the name.
     */
    private Mention earlierName(List<Token> w, int k, int comma, int lo) {
        for (int k2 = k - 1; k2 > lo && comma - k2 < EARLIER_NAME_REACH; k2--) {
            if (!w.get(k2).text().equals(",") || k2 + 1 >= k) {
                continue;
            }
            Token next = w.get(k2 + 1);
            if (!(Lexicon.isDeterminer(next) || next.is("who") || Character.isDigit(next.text().charAt(0))
                    || lowerRole(next))) {
                return null;
            }
            int ns = npStart(w, k2 - 1, lo);
            if (ns > k2 - 1) {
                return null;
            }
            List<Token> np = w.subList(ns, k2);
            if (!allNameTokens(np) || np.size() < 2) {
                return null;
            }
            String role = text.substring(next.start(), w.get(comma - 1).end());
            return MentionParser.parse(text, np, role);
        }
        return null;
    }

    /** "chairman of …", "founder of …": a lower-case role word opening an appositive. */
    private static boolean lowerRole(Token t) {
        return t.isWord() && !t.isCapitalized() && Lexicon.isTitle(t);
    }

    private static boolean allNameTokens(List<Token> seg) {
        for (Token t : seg) {
            if (!(Lexicon.isNameToken(t) || t.text().equals("."))) {
                return false;
            }
        }
        return true;
    }

    /** First index of the noun phrase ending at {@code j} (j + 1 when there is none). */
    private static int npStart(List<Token> w, int j, int lo) {
        int k = j + 1;
        while (k - 1 >= lo && (j - k < MAX_NP || k <= j && (cutInside(w.get(k))
                || Lexicon.isNameToken(w.get(k)) && Lexicon.isNameToken(w.get(k - 1)))) && j - k < 2 * MAX_NP) {
            Token t = w.get(k - 1);
            if (!t.isWord()) {
                break;
            }
            if (Lexicon.isDeterminer(t)) {
                k--;
                break;
            }
            if (NP_STOP.contains(t.norm()) && !(Lexicon.isConnector(t) && inRole(w, k - 1, lo))
                    && !capitalizedName(w, k - 1, w.size())
                    && !(k - 1 == j && j + 1 < w.size() && nameBeforeFiniteVerb(w, j, j + 1))) {
                break;
            }
            if (CueLexicon.isCue(t) && !t.isCapitalized()) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * A word no noun phrase starts with: a long phrase cut there ("… and Ann Marr of …") goes on further back,
     * also through the rest of a name it was cut inside ("Jo | Lee and …").
     */
    private static boolean cutInside(Token t) {
        return t.is("and") || t.is("of") || t.is("for") || t.is("at") || t.is("from");
    }

    /** A connector inside a capitalised role ("Ambassador to NATO", "Secretary of State"). */
    private static boolean inRole(List<Token> w, int i, int lo) {
        return i - 1 >= lo && i + 1 < w.size() && w.get(i + 1).isCapitalized()
                && (w.get(i - 1).isCapitalized() || Lexicon.isTitle(w.get(i - 1)));
    }

    private static boolean npWordForward(Token t, boolean first) {
        if (first && (t.is("that") || t.is("this") || t.is("it"))) {
            return false;
        }
        return t.isWord() && !NP_STOP.contains(t.norm()) && !FORWARD_STOP.contains(t.norm()) && !CueLexicon.isCue(t)
                || Lexicon.isDeterminer(t);
    }

    private static boolean isPunct(Token t, String chars) {
        return t.text().length() == 1 && chars.indexOf(t.text().charAt(0)) >= 0;
    }
}
