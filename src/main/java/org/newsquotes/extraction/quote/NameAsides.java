package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.PhraseBounds.MAX_APPOSITIVE;
import static org.newsquotes.extraction.quote.PhraseBounds.npStart;
import static org.newsquotes.extraction.quote.PhraseBounds.skipParenthesis;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * Asides set off by commas between a name and its verb ("Jo Smith, 29, of Akron, Ohio, said", "Sen. Jo Smith,
 * R-Ohio, said"): a place, party tag, age or prepositional phrase, stepped over back to the name, and kept as
 * its role. Immutable (holds only the article text); at most four asides of at most
 * {@link PhraseBounds#MAX_APPOSITIVE} tokens each. Limits: a place the lexicon does not know is no aside, and
 * a town after "of" can pass for the name when no name stands before it.
 */
final class NameAsides {

    private final String text;

    NameAsides(String text) {
        this.text = text;
    }

    /**
     * "Jo Smith, 29, of Akron, Ohio, said", "Sen. Jo Smith, R-Ohio, said", "Smith, during a visit to Akron,
     * Ohio, said": steps back over comma-separated asides (a place, party tag, age or prepositional phrase) to
     * the name before them; the asides become the role. Null when no name comes first.
     */
    Mention throughAsides(List<Token> w, int k, int comma, int lo) {
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
    static boolean isAside(List<Token> seg) {
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
}
