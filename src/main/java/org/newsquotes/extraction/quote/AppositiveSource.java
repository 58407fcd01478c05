package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.PhraseBounds.MAX_APPOSITIVE;
import static org.newsquotes.extraction.quote.PhraseBounds.allNameTokens;
import static org.newsquotes.extraction.quote.PhraseBounds.npStart;
import static org.newsquotes.extraction.quote.PhraseBounds.skipParenthesis;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.speaker.NameShape;
import org.newsquotes.extraction.text.Token;

/**
 * Reads the subject of a verb preceded by a comma, i.e. a name and its appositive: "Sam A. Greene, director of
 * …, said" (the appositive becomes the role), "The Russian ambassador, Anatoly Antonov, said", "Jo Smith, 29,
 * of Akron, Ohio, said" (asides stepped over), "Dan Reyes, a grocer from Dalton, Georgia, says" and
 * "Sen. Jo Lee (D-Ohio), said". Immutable (holds only the article text); each walk back is bounded by a few
 * appositives of at most {@link PhraseBounds#MAX_APPOSITIVE} tokens. Limits: no parser; commas inside a long
 * appositive can hide the name, and a place or organisation between commas can pass for a name.
 */
final class AppositiveSource {

    /** How far back a name may stand before a chain of appositives ("Jo Lee, a professor who …, one of …, said"). */
    private static final int EARLIER_NAME_REACH = 32;

    /** Words opening a relative clause after a comma: "Jo Smith, head of the union, which …, said". */
    static final Set<String> RELATIVE = Set.of("which", "who", "whose", "where", "whom");

    private final String text;
    private final NameAsides asides;

    AppositiveSource(String text) {
        this.text = text;
        this.asides = new NameAsides(text);
    }

    /** The source of a verb whose subject ends at the comma {@code comma} in {@code w}; null if none. */
    Mention beforeComma(List<Token> w, int comma, int lo) {
        Mention a = appositive(w, comma, lo);
        return a != null ? a : strayComma(w, comma, lo);
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

    private Mention appositive(List<Token> w, int comma, int lo) {
        int k = comma - 1;
        while (k >= lo && comma - k < MAX_APPOSITIVE && !w.get(k).text().equals(",")) {
            k--;
        }
        if (k < lo || !w.get(k).text().equals(",") || k + 1 >= comma) {
            return null;
        }
        List<Token> seg = w.subList(k + 1, comma);
        if (NameAsides.isAside(seg)) {
            return asides.throughAsides(w, k, comma, lo);
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
        if (seg.size() <= 4 && allNameTokens(seg) || jointNames(seg)) {
            int rs = npStart(w, k - 1, lo);
            String role = rs <= k - 1 ? text.substring(w.get(rs).start(), w.get(k - 1).end()) : null;
            return MentionParser.parse(text, seg, role);
        }
        int v = AppositiveShapes.clauseVerb(seg);
        if (v > 0) { // "In reply to …, Lee’s aide rallied donors, saying:": a clause, whose subject speaks
            int ns = npStart(w, k + v, k + 1);
            return ns <= k + v ? MentionParser.parse(text, w.subList(ns, k + v + 1), null) : null;
        }
        if (k - 1 < lo) {
            return null;
        }
        int e = skipParenthesis(w, k - 1, lo);
        int ns = e < lo ? e + 1 : jointStart(w, npStart(w, e, lo), e, lo);
        if (ns > e) {
            return null;
        }
        String role = text.substring(seg.get(0).start(), seg.get(seg.size() - 1).end());
        return MentionParser.parse(text, w.subList(ns, e + 1), role);
    }

    /**
     * "Two farm analysts, Jo Lee and Sam Okafor, found": two name runs joined by one "and" between commas, who
     * speak together (the description before the first comma is their role).
     */
    private static boolean jointNames(List<Token> seg) {
        int and = -1;
        for (int i = 1; i < seg.size() - 1 && seg.size() <= 9; i++) {
            if (seg.get(i).is("and") && and < 0) {
                and = i;
            }
        }
        return and > 0 && allNameTokens(seg.subList(0, and)) && allNameTokens(seg.subList(and + 1, seg.size()));
    }

    /**
     * "Lee and 24-year-old Tom Okafor, a fellow volunteer, explained": a name (with at most an age before it)
     * starting at {@code ns} right after "and" and a run of at most four name words is the second of two people
     * speaking together; the start of the first name, else {@code ns} unchanged.
     */
    private static int jointStart(List<Token> w, int ns, int e, int lo) {
        int from = ns <= e && Lexicon.isAgeModifier(w.get(ns)) ? ns + 1 : ns;
        if (ns - 2 < lo || from > e || !w.get(ns - 1).is("and") || !allNameTokens(w.subList(from, e + 1))) {
            return ns;
        }
        int s = ns - 1;
        while (s - 1 >= lo && ns - 1 - s < 4 && Lexicon.isNameToken(w.get(s - 1))) {
            s--;
        }
        return s < ns - 1 && (s == lo || !w.get(s - 1).isWord() || !w.get(s - 1).isCapitalized()) ? s : ns;
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
     * "Dan Reyes, a grocer from Dalton, Georgia, says": a person's name before an earlier comma
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
                    || AppositiveShapes.lowerRole(next))) {
                return null;
            }
            int ns = npStart(w, k2 - 1, lo);
            if (ns > k2 - 1) {
                return null;
            }
            List<Token> np = w.subList(ns, k2);
            if (!allNameTokens(np) && !AppositiveShapes.describedName(np) || np.size() < 2) {
                return null;
            }
            String role = text.substring(next.start(), w.get(comma - 1).end());
            return MentionParser.parse(text, np, role);
        }
        return null;
    }
}
