package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * Reads a body paragraph that opens with a speaker label, a transcript line "TAPPER: Do you think the
 * race is over?" or "Chris Matthews: Here's the irony ...", as the label's words: the content runs from the
 * colon to the end of the sentence (or to a second colon). Limits: the label is one to four capitalised
 * words and no rubric of the site ("Update:", "Editor's Note:", "Correction:", "Contributing:"), no
 * single letter ("Q:", "A:" name nobody); the content needs {@link #MIN_WORDS} words and a word in lower
 * case, so a heading or a list of names ("Iowa: Tim Albrecht, Brad Anderson, ...") is skipped, but a
 * capitalised common noun opening a paragraph ("Superdelegates: Clinton is backed ...") is read as a
 * speaker. Stateless and thread-safe.
 */
final class LabelLine {

    /** Fewest words after the colon ("Cruz: Just hang on." is a summary, not speech). */
    static final int MIN_WORDS = 4;

    /** Words that make a label a rubric of the site or a section heading rather than a speaker. */
    static final WordSet RUBRICS = WordSet.of("update", "updated", "updates", "related", "watch", "note", "editor",
            "editor’s", "editor's", "editors", "photo", "photos", "video", "audio", "transcript", "correction",
            "corrections", "clarification", "contributing", "source", "sources", "read", "see", "more", "also",
            "breaking", "exclusive", "live", "latest", "warning", "disclosure", "credit", "credits", "full",
            "question", "answer", "name", "age", "city", "job", "pay", "stat", "week", "day", "today", "tonight",
            "reporting", "advertisement", "ps", "p.s", "bottom", "line", "why", "what", "how", "who", "when",
            "where", "so", "and", "but", "yes", "no", "now", "here", "there", "then", "still", "first", "finally",
            "meanwhile", "plus", "the", "a", "an", "of", "in", "on", "for", "to", "or", "with", "by", "at", "from");

    /**
     * The reading of a paragraph's first sentence {@code t} as "LABEL: CONTENT", its content cut before a
     * quotation mark (the direct detector reads a quoted line), or null.
     */
    static Found read(List<Token> t, QuoteMask mask) {
        int colon = HeadlineClause.labelColon(t);
        if (colon < 0 || !speakerLabel(t, colon)) {
            return null;
        }
        int end = ClauseEdges.sentenceEnd(t);
        int to = colon + 1;
        while (to < end && !t.get(to).is(':')) {
            to++;
        }
        Span source = SourceFinder.span(t, 0, colon - 1);
        Found f = ContentTrim.cutBeforeQuote(t, new Found(Attribution.HEADLINE, colon, colon + 1, colon + 1, to, source), mask);
        return f != null && clause(t, f.from(), f.to()) ? f : null;
    }

    /** True when {@code [from, to)} has {@link #MIN_WORDS} words, one of them in lower case (not a heading or a list of names). */
    private static boolean clause(List<Token> t, int from, int to) {
        int words = 0;
        boolean lower = false;
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.word()) {
                words++;
                lower |= !tok.capitalized() && Character.isLetter(tok.norm().charAt(0));
            }
        }
        return words >= MIN_WORDS && lower;
    }

    /** True when the words before the colon can be a speaker: no rubric word, no single letter, no participle rubric. */
    private static boolean speakerLabel(List<Token> t, int colon) {
        if (colon == 1 && t.get(0).norm().length() < 2 || HeadlineClause.rubric(t, colon)) {
            return false;
        }
        for (int k = 0; k < colon; k++) {
            if (RUBRICS.contains(t.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    private LabelLine() {
    }
}
