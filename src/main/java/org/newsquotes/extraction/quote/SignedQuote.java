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

    private final TextIndex index;
    private final QuoteWindow window;

    SignedQuote(TextIndex index, QuoteWindow window) {
        this.index = index;
        this.window = window;
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
