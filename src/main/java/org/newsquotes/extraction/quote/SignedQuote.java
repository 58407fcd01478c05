package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * Reads a quote signed with a dash and a name: "“…” — Jane Doe" in the same sentence, or a quote ending its
 * paragraph followed by a line "- Bernie Sanders." / "—Michelle Marks, Philadelphia." (fact-check and letters
 * formats). Immutable; reads at most one short line. Limits: the name is up to five capitalised words ended by a
 * comma, a full stop or the end of the line, and must parse as a person.
 */
final class SignedQuote {

    /** At most this many tokens on a signature line without a dash ("Jo Lee, Center for Policy Research."). */
    private static final int SIGNATURE_LINE = 14;

    private final TextIndex index;
    private final QuoteWindow window;
    private final ArticleTokens tokens;

    SignedQuote(TextIndex index, QuoteWindow window, ArticleTokens tokens) {
        this.index = index;
        this.window = window;
        this.tokens = tokens;
    }

    /** "“…” — Jane Doe" or "“…” ― Jane Doe, author": a quote signed with a dash and a name in its own sentence. */
    Attribution signed(List<Token> w) {
        if (w.size() < 2 || !isSignDash(w.get(0))) {
            return null;
        }
        Mention m = nameAfterDash(w);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun()
                ? new Attribution(w.get(0).span(), m, Attribution.Rule.AFTER) : null;
    }

    /**
     * A quote ending its paragraph, signed on the next line: "“…”" then "- Bernie Sanders." or
     * "—Michelle Marks, Philadelphia." (fact-check and letters formats).
     */
    Attribution dashLine(MarkedQuote q) {
        int pi = index.paragraphIndex(q.close());
        if (pi < 0 || pi + 1 >= index.paragraphs().size()
                || index.paragraph(pi).end() - q.close() > 2) {
            return null;
        }
        Span next = index.paragraph(pi + 1);
        List<Token> w = window.collect(next.start(), next.end());
        if (w.size() < 2 || !(w.get(0).text().equals("-") || w.get(0).text().equals("—")
                || w.get(0).text().equals("–"))) {
            return null;
        }
        Mention m = nameAfterDash(w);
        return m != null && m.kind() == SpeakerKind.PERSON ? new Attribution(w.get(0).span(), m,
                Attribution.Rule.NEXT_SENTENCE) : null;
    }

    /**
     * A quoted paragraph signed on the next line without a dash, the closing mark after the signature: "“…" then
     * "Jo Lee, Center for Policy Research.”" (a list of expert comments). The line must be a person's name, a
     * comma, then only capitalised words and "of", "for", "and", "the", ended by a full stop and/or the closing
     * mark. Null otherwise.
     */
    Attribution signatureLine(MarkedQuote q) {
        int pi = index.paragraphIndex(q.open());
        if (pi < 0 || pi + 1 >= index.paragraphs().size() || index.paragraph(pi).end() - q.close() > 2) {
            return null;
        }
        Span next = index.paragraph(pi + 1);
        int from = tokens.firstAtOrAfter(next.start());
        int to = tokens.firstAtOrAfter(next.end());
        if (to - from < 4 || to - from > SIGNATURE_LINE) {
            return null;
        }
        List<Token> w = tokens.tokens().subList(from, to);
        int comma = 0;
        while (comma < w.size() && comma < 5 && w.get(comma).isWord() && w.get(comma).isCapitalized()) {
            comma++;
        }
        if (comma < 2 || comma >= w.size() - 1 || !w.get(comma).text().equals(",")
                || !orgWords(w.subList(comma + 1, w.size()))) {
            return null;
        }
        Mention m = MentionParser.parse(index.text(), w.subList(0, comma), null);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun()
                ? new Attribution(w.get(comma).span(), m, Attribution.Rule.NEXT_SENTENCE) : null;
    }

    /** "Center for Policy Research.”": capitalised words and a few linking words, then the line's end marks. */
    private static boolean orgWords(List<Token> w) {
        int k = 0;
        while (k < w.size() && w.get(k).isWord() && (w.get(k).isCapitalized() || w.get(k).is("of")
                || w.get(k).is("for") || w.get(k).is("and") || w.get(k).is("the"))) {
            k++;
        }
        if (k == 0 || !w.get(k - 1).isCapitalized()) {
            return false;
        }
        for (int i = k; i < w.size(); i++) {
            String t = w.get(i).text();
            if (!(t.equals(".") || t.equals("\"") || t.equals("”"))) {
                return false;
            }
        }
        return k < w.size();
    }

    /**
     * The mention written as up to five capitalised words right after the dash {@code w[0]} and ended by a
     * comma, a full stop or the end of {@code w} ("- Jane Doe, author"), or null.
     */
    private Mention nameAfterDash(List<Token> w) {
        int e = 1;
        while (e < w.size() && e <= 5 && w.get(e).isWord() && w.get(e).isCapitalized()) {
            e++;
        }
        if (e == 1 || e < w.size() && !(w.get(e).text().equals(",") || w.get(e).text().equals("."))) {
            return null;
        }
        return MentionParser.parse(index.text(), w.subList(1, e), null);
    }

    private static boolean isSignDash(Token t) {
        String s = t.text();
        return s.equals("—") || s.equals("―") || s.equals("–") || s.equals("-") || s.equals("--");
    }
}
