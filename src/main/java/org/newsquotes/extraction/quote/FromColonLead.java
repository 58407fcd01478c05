package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * A quote introduced by "from" and its source before a colon, as digest columns excerpt a named person or
 * document: "More from Okafor: “…”", "HEADLINE - From the report: “…”", "From Lee's blog post: “…”". The source
 * is the phrase between "from" and the colon. Stateless. Limits: "from" must open the lead-in (first in the
 * window, after a dash, or after an opening "More"/"Also"), and the phrase is at most {@link #MAX_PHRASE}
 * tokens with no verb read; a source that names nobody ("From the start:") gives null.
 */
final class FromColonLead {

    static final int MAX_PHRASE = 6;
    private static final Set<String> DOCUMENTS = Set.of("report", "study", "statement", "letter", "memo", "paper",
            "analysis", "survey", "release", "post", "email", "speech", "transcript", "interview", "article",
            "story", "book", "column", "editorial", "filing", "complaint", "lawsuit", "ruling", "opinion", "blog");

    private FromColonLead() {
    }

    /** The source after "from" in a lead-in {@code before} ending in a colon, or null. */
    static Attribution of(List<Token> before, String text) {
        int m = before.size() - 1;
        if (m < 2 || !before.get(m).text().equals(":")) {
            return null;
        }
        for (int f = m - 2; f >= 0 && m - f <= MAX_PHRASE + 1; f--) {
            Token t = before.get(f);
            if (t.is("from")) {
                return opensLead(before, f) ? source(before, f, m, text) : null;
            }
            if (!t.isWord()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The source named between "from" and the colon: an owner before a possessive ("Lee’s blog post"), a
     * capitalised name ("Okafor", "the Times"), or a determiner and a document noun ("the report").
     */
    private static Attribution source(List<Token> before, int from, int colon, String text) {
        List<Token> np = before.subList(from + 1, colon);
        int owner = 0;
        while (owner < np.size() && !np.get(owner).isPossessive()) {
            owner++;
        }
        if (owner < np.size() && owner < np.size() - 1) {
            np = np.subList(0, owner + 1);
        } else if (!np.get(np.size() - 1).isCapitalized()
                && !(Lexicon.isDeterminer(np.get(0)) && DOCUMENTS.contains(np.get(np.size() - 1).norm()))) {
            return null;
        }
        Mention m = MentionParser.parse(text, np, null);
        if (m == null || m.pronoun()) {
            return null;
        }
        Token last = np.get(np.size() - 1);
        Mention source = last.isPossessive() && m.name().endsWith(last.text())
                ? PossessiveSource.withoutEnding(m, last, text) : m;
        return new Attribution(before.get(colon).span(), source, Attribution.Rule.LEAD_IN);
    }

    /** "from" opens the lead-in: first in the window, after a dash, or after an opening "More" or "Also". */
    private static boolean opensLead(List<Token> w, int f) {
        if (f == 0 || LeadIn.isDash(w.get(f - 1)) && !w.get(f - 1).text().equals(",")) {
            return true;
        }
        Token prev = w.get(f - 1);
        return (prev.is("more") || prev.is("also")) && (f == 1 || LeadIn.isDash(w.get(f - 2)));
    }
}
