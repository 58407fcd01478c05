package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * "As The Post's Jo Lee puts it, Okafor is trying to make bakers “…”", "as the Leeds tabloid noted in an op-ed,
 * …": an "as" clause with a reporting verb (or "put it"), closed by a comma before the quote, attributes the
 * words that follow to its subject, whatever kind of phrase that is. Used only when no reporting verb of the
 * sentence gave a source. Stateless; reads a dozen tokens from each "as". Limits: the "as" must open the
 * window or follow punctuation or "but"/"and"; "as expected" and "as chairman" hold no verb and are ignored,
 * and so is "as the crowd began to chant" (an infinitive).
 */
final class AsSource {

    private static final int REACH = 12;

    private AsSource() {
    }

    /** The subject of the "as … put it," clause in {@code w} (the words before a quote), or null. */
    static Attribution in(List<Token> w, SourcePhrase phrases, String text) {
        for (int i = 0; i + 2 < w.size(); i++) {
            if (!w.get(i).is("as") || i > 0 && !opensClause(w.get(i - 1))) {
                continue;
            }
            for (int j = i + 2; j < w.size() && j - i <= REACH; j++) {
                Token t = w.get(j);
                if (!t.isWord()) {
                    break;
                }
                if (ReportingVerb.at(w, j) && !t.isCapitalized() && !w.get(j - 1).is("to")) {
                    Mention m = subject(w, i + 1, j, phrases, text);
                    return m != null && closedByComma(w, j) ? new Attribution(CueSpan.extend(w, j), m,
                            Attribution.Rule.IN_SENTENCE) : null;
                }
            }
        }
        return null;
    }

    /** The subject of the verb at {@code j}, read back to {@code from}; else the whole phrase between. */
    private static Mention subject(List<Token> w, int from, int j, SourcePhrase phrases, String text) {
        Mention m = phrases.subject(w, j, from);
        if (m != null) {
            return m;
        }
        int e = j;
        while (e > from && SubjectGap.mannerAdverb(w, e - 1, from)) {
            e--;
        }
        return e > from ? MentionParser.parse(text, w.subList(from, e), null) : null;
    }

    /** The clause of the verb at {@code j} ends in a comma within a few words, before the quote's words. */
    private static boolean closedByComma(List<Token> w, int j) {
        for (int k = j + 1; k < w.size() && k - j <= 8; k++) {
            if (w.get(k).text().equals(",")) {
                return k + 1 < w.size();
            }
            if (!w.get(k).isWord() && !w.get(k).text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static boolean opensClause(Token t) {
        return !t.isWord() || t.is("but") || t.is("and");
    }
}
