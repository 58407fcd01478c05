package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;

/**
 * A reported clause that runs straight into a partial quote, with no comma or conjunction between: "Lee said
 * the plan was “a trap for farmers”", "Ames called the bill “a disgrace.”", "Ames says the mayor has “never
 * run a tight ship”". The quote completes the clause (its subject and verb, a verb's object, the object of
 * "called"), so the sentence is one mixed quote carried by the partial quote; the unquoted lead alone ("the
 * plan was", "the bill") says nothing a reader would want listed, so the reading goes on through the quote to
 * its clause's end ({@link #clauseEnd}). A lead that is a clause of its own before
 * more words ("said costs will rise and the plan was “a trap”") is cut at the comma or conjunction by
 * {@link ContentTrim#cutBeforeQuote} and does not touch the quote, so it stays an indirect quote.
 *
 * <p>Limits: no parse, so a complete clause that runs into a quoted object with no mark between ("said you
 * can't yell “fire” in a theatre") is read as a mixed quote too. Only finds the mark: whether a partial quote
 * stands there is for the caller to check. Stateless and thread-safe.
 */
final class MixedQuote {

    private MixedQuote() {
    }

    /**
     * The rest of the clause from the opening quotation mark that the reading {@code f} runs straight into
     * (the quote and the words after it up to {@link #clauseEnd}), or null when its content does
     * not end in a word (or a possessive "s’") right before an opening mark, or is a rubric in capitals (a colon or comma before the mark makes the quote a
     * lead-in's quote, not the rest of the clause).
     */
    static Span carrier(List<Token> t, Found f, QuoteMask mask) {
        if (f.to() >= t.size() || f.length() == 0 || !mask.inside(t.get(f.to()).start())
                || !endsInWord(t, f) || mask.inside(t.get(f.to() - 1).start()) || capitals(t, f)) {
            return null;
        }
        return new Span(t.get(f.to()).start(), t.get(clauseEnd(t, f.to(), mask) - 1).end());
    }

    /**
     * The index after the last token of the clause that goes on with the quote opening at {@code q}: its
     * quoted words and any words after them up to the sentence end, a clause mark or conjunction outside the
     * marks ({@link #stop}), or a comma written inside the closing mark ("“open to dialogue,” he said"); never
     * before the mark that closes the quote.
     */
    static int clauseEnd(List<Token> t, int q, QuoteMask mask) {
        int end = ClauseEdges.sentenceEnd(t);
        int k = q;
        while (k < end && !stop(t, k, mask)) {
            int close = mask.inside(t.get(k).start()) && t.get(k).is(',') ? afterClosingMark(t, k + 1, mask) : -1;
            if (close > 0) {
                return close;
            }
            k++;
        }
        while (k < t.size() && mask.inside(t.get(k - 1).start()) && mask.inside(t.get(k).start())) {
            k++;    // "“a disgrace.”": the sentence's end lies inside the quote
        }
        return k;
    }

    /**
     * A clause mark outside the quotes at {@code k}: comma, semicolon, dash or opening bracket, or a
     * conjunction that opens the next clause ("“on paper” but suggesting …", "“safe” before claiming …").
     */
    private static boolean stop(List<Token> t, int k, QuoteMask mask) {
        Token tok = t.get(k);
        return !mask.inside(tok.start()) && (tok.is(',') || tok.is(';') || tok.is('—') || tok.is('–')
                || tok.is('(') || ContentBounds.spacedHyphen(t, k)
                || Words.COORDINATORS.contains(tok.norm()) || ContentBounds.SUBORDINATORS.contains(tok.norm()));
    }

    /**
     * The index after the closing mark (one token or two, "''") that starts at {@code k}, or -1 when quoted
     * words go on there.
     */
    private static int afterClosingMark(List<Token> t, int k, QuoteMask mask) {
        int j = k;
        while (j < t.size() && !t.get(j).word() && mask.inside(t.get(j).start())) {
            j++;
        }
        return j > k && (j == t.size() || !mask.inside(t.get(j).start())) ? j : -1;
    }

    /** The content is written in capitals ("CITY ENDS FERRY TAX “…”"): a rubric, which no quote after it completes. */
    private static boolean capitals(List<Token> t, Found f) {
        for (int k = f.from(); k < f.to(); k++) {
            if (t.get(k).word() && !t.get(k).capitals()) {
                return false;
            }
        }
        return true;
    }

    /** The content's last token is a word, or a possessive apostrophe written onto one ("the States’"). */
    private static boolean endsInWord(List<Token> t, Found f) {
        Token last = t.get(f.to() - 1);
        boolean possessive = (last.is('’') || last.is('\'')) && f.to() - 2 >= f.from()
                && t.get(f.to() - 2).word() && t.get(f.to() - 2).end() == last.start();
        return last.word() || possessive;
    }
}
