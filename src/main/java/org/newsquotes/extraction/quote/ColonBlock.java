package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A block quotation printed without marks after a colon lead-in: "Lee wrote on her blog:" closes one paragraph
 * and the next paragraph, which opens with no quote mark, is her text. Marked passages inside that block (“…”
 * words she quotes in turn) are part of her quotation, so they take the lead-in's speaker rather than whoever a
 * reporting verb or subject inside the block names ("the council warned" in her text is her wording). The
 * lead-in is the attribution {@link SentenceSources} reads for the sentence ending in the colon.
 *
 * <p>Limits: the block is only the one paragraph right after the lead-in, or a run of paragraphs that all open
 * with the same short list mark as the first ("l …", "* …", "- …"; at most {@value #MAX_LIST_PARAGRAPHS} of
 * them), so a block's later paragraphs without a list mark are not reached; a colon ending a paragraph that is not a lead-in (a heading, "Consider this:")
 * has no attribution and changes nothing, but prose after a lead-in whose embed was stripped is read as the
 * block. Stateless.
 */
final class ColonBlock {

    /** Most characters of a list mark opening each paragraph of a bulleted block ("l", "*", "1."). */
    static final int MAX_BULLET = 2;
    /**
     * Most list paragraphs followed back to their lead-in, so that each mark costs constant work: a list of
     * thousands of bulleted paragraphs under one colon would otherwise be walked again for every mark in it.
     */
    static final int MAX_LIST_PARAGRAPHS = 40;

    private ColonBlock() {
    }

    /**
     * Replaces, in {@code attrs}, the attribution of each mark inside an unmarked block with the block's
     * lead-in, when the mark has none of its own or only the first reporting verb of its sentence
     * ({@link Attribution.Rule#IN_SENTENCE}, which inside the block is the author's wording). A source written
     * beside the marks ("“…,” she said", "she said: “…”") or a subject-only reading stays. The new attribution
     * counts as the sentence before's ({@link Attribution.Rule#PREVIOUS_SENTENCE}): the fragment keeps its type.
     *
     * <p>Measured on PolNeAR train: 5 passages change speaker, 3 to the gold one (2 gold quotes gain their
     * speaker, none loses it); 2 others stay wrong. Subject-only readings are kept because the one block
     * they moved on train was prose after a stripped embed ("… tweeted the exchange:" ¶ "Lee is not the first
     * …").
     */
    static void carryLeads(List<MarkedQuote> marks, Attribution[] attrs, TextIndex index, SentenceSources sources) {
        Attribution[] leads = leads(marks, index, sources);
        for (int i = 0; i < attrs.length; i++) {
            Attribution a = attrs[i];
            Attribution lead = leads[i];
            if (lead != null && lead.source() != null
                    && (a == null || a.rule() == Attribution.Rule.IN_SENTENCE)) {
                attrs[i] = new Attribution(lead.cue(), lead.source(), Attribution.Rule.PREVIOUS_SENTENCE);
            }
        }
    }

    /**
     * For each mark, the attribution of the colon lead-in whose unmarked block holds it, or null when the mark
     * is not inside such a block.
     */
    static Attribution[] leads(List<MarkedQuote> marks, TextIndex index, SentenceSources sources) {
        Attribution[] out = new Attribution[marks.size()];
        String text = index.text();
        for (int i = 0; i < marks.size(); i++) {
            int p = index.paragraphIndex(marks.get(i).open());
            int lead = leadParagraph(text, index, p);
            if (lead >= 0) {
                Span para = index.paragraph(lead);
                out[i] = sources.of(index.sentenceIndex(lastVisible(text, para.start(), para.end())));
            }
        }
        return out;
    }

    /**
     * The paragraph whose closing colon introduces an unmarked block holding paragraph {@code p}: {@code p - 1}
     * when it ends in a colon and {@code p} opens with no quote mark, or further back through paragraphs that
     * open with the same list mark as {@code p}; -1 when there is none. A lead-in paragraph that itself follows
     * a paragraph ending in a colon is -1 too: a run of colons with nothing between them shows that the
     * embedded posts or videos they introduced were stripped, so what follows is the writer's prose.
     */
    static int leadParagraph(String text, TextIndex index, int p) {
        if (p <= 0 || opensWithMark(text, index.paragraph(p))) {
            return -1;
        }
        String bullet = bullet(text, index.paragraph(p));
        for (int k = p - 1; k >= 0 && p - k <= MAX_LIST_PARAGRAPHS; k--) {
            Span para = index.paragraph(k);
            if (endsInColon(text, para)) {
                return k == 0 || !endsInColon(text, index.paragraph(k - 1)) ? k : -1;
            }
            if (bullet == null || !bullet.equals(bullet(text, para))) {
                return -1;
            }
        }
        return -1;
    }

    /** The list mark opening a paragraph (one or two characters, not a word, then a space), or null. */
    static String bullet(String text, Span para) {
        int sp = para.start();
        while (sp < para.end() && sp - para.start() <= MAX_BULLET && text.charAt(sp) != ' ') {
            sp++;
        }
        if (sp == para.start() || sp - para.start() > MAX_BULLET || sp >= para.end()) {
            return null;
        }
        String mark = text.substring(para.start(), sp);
        boolean word = mark.length() > 1 && Character.isLetter(mark.charAt(1)) || mark.equals("I") || mark.equals("A")
                || mark.equals("a");
        return word ? null : mark;
    }

    private static boolean endsInColon(String text, Span para) {
        int last = lastVisible(text, para.start(), para.end());
        return last >= 0 && text.charAt(last) == ':';
    }

    private static boolean opensWithMark(String text, Span para) {
        return para.end() > para.start() && QuoteMarks.isOpener(text.charAt(para.start()));
    }

    private static int lastVisible(String text, int start, int end) {
        int k = end - 1;
        while (k >= start && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= start ? k : -1;
    }
}
