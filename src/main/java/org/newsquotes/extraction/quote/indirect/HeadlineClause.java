package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;

/**
 * Reads an article's title line "Paul Ryan: The Decision Defies Explanation" as the capitalised words'
 * speech. Limits: only one to four capitalised words before the colon, at least three words after it; the
 * news-wire rubric "The Latest: ..." and one-word participle rubrics ("Breaking: ...") are skipped, but any
 * other capitalised rubric ("World News: ...") is read as a speaker. Stateless and thread-safe.
 */
final class HeadlineClause {

    static final int MAX_HEADLINE_SOURCE = 4;

    /**
     * A headline "Paul Ryan: The Decision Defies Explanation": one to four capitalised words, a colon, then
     * at least three words. Only meant for an article's title line.
     */
    static Found read(List<Token> t) {
        int colon = labelColon(t);
        if (colon < 0 || t.get(colon - 1).is("latest") || rubric(t, colon)) {    // "The Latest: ...", "Breaking: ...": nobody's words
            return null;
        }
        int to = ClauseEdges.sentenceEnd(t);
        Span source = SourceFinder.span(t, 0, colon - 1);
        return to - colon - 1 >= 3 ? new Found(Attribution.HEADLINE, colon, colon + 1, colon + 1, to, source) : null;
    }

    /**
     * Index of the colon after one to four capitalised words opening the line ("Paul Ryan:", "TAPPER:"), or -1.
     */
    static int labelColon(List<Token> t) {
        int colon = 0;
        while (colon < t.size() && colon <= MAX_HEADLINE_SOURCE && t.get(colon).word() && t.get(colon).capitalized()) {
            colon++;
        }
        return colon == 0 || colon > MAX_HEADLINE_SOURCE || colon >= t.size() || !t.get(colon).is(':') ? -1 : colon;
    }

    /**
     * A one-word participle before the colon, "Breaking: ...", "Revealed: ...", "Leaked: ...": a rubric of the
     * site, not a speaker (train: 9 such title lines, none annotated). A surname with such an ending
     * ("Manning: ...") is lost.
     */
    static boolean rubric(List<Token> t, int colon) {
        String w = t.get(colon - 1).norm();
        return (colon == 1 || colon == 2 && t.get(0).is("just")) && w.length() >= 6 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    private HeadlineClause() {
    }
}
