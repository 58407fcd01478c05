package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Locale;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * A reporting verb written right before the opening mark, with its subject right before it: "the one clause the
 * founders wrote “…”", "an incident Lee brought up as “…”" is read from that verb even when an earlier verb
 * of the sentence has a source of its own ("Lee and other members want …"); a participle only with its subject
 * after "with" / "of" ("of Lee saying “…”"). Stateless; looks back only from the window's last words. Limits:
 * the verb must be the window's last word (or "as" after it); a comma or colon before the mark is left to
 * {@link LeadIn}.
 */
final class AdjacentCue {

    /** Words between a reporting "that" and the subject it introduces ("that only rivals such as Okafor"). */
    private static final int REPORTED_REACH = 6;

    private AdjacentCue() {
    }

    /** The attribution of the verb ending window {@code w} (before its opening mark), or null. */
    static Attribution of(List<Token> w, SourcePhrase phrases, LeadIn leadIns) {
        int c = w.size() - 1;
        if (c >= 1 && w.get(c).is("as")) {
            c--;
            while (c >= 1 && !w.get(c).isCapitalized() && w.get(c).isWord() && !ReportingVerb.at(w, c)
                    && w.size() - c <= 4) {
                c--; // "brought up as", "described it as"
            }
        }
        if (c < 1 || !ReportingVerb.at(w, c) || w.get(c).isCapitalized() || LeadIn.tellsHearer(w.get(c))
                || ClauseCue.namesThing(w, c)) {
            return null;
        }
        Mention m = phrases.subject(w, c, 0);
        if (m == null || m.pronoun() || !leadIns.known(m) || reported(w, m) || namedThing(w, c, m)
                || w.get(c).norm().endsWith("ing") && !withSubject(w, m)) {
            return null;
        }
        return new Attribution(CueSpan.extend(w, c), m, Attribution.Rule.IN_SENTENCE);
    }

    /**
     * "Lee said that only rivals such as Okafor wanted “…”", "suggesting the senator sees it as “…”": the subject
     * stands inside what an earlier verb reports (a "that" after a reporting or past verb within a few words
     * before it, or a reporting verb right before it), so the words are still that earlier speaker's.
     */
    private static boolean reported(List<Token> w, Mention m) {
        int s = firstToken(w, m);
        if (s >= 1 && CueLexicon.isCue(w.get(s - 1))) {
            return true;
        }
        for (int k = s - 1; k >= 1 && s - k <= REPORTED_REACH; k--) {
            String before = w.get(k - 1).norm();
            if (w.get(k).is("that") && (CueLexicon.isCue(before) || before.endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    /** "with Lee saying “…”", "of Lee privately saying “…”": a participle's subject after "with" / "of". */
    private static boolean withSubject(List<Token> w, Mention m) {
        int s = firstToken(w, m);
        return s >= 1 && (w.get(s - 1).is("with") || w.get(s - 1).is("of"));
    }

    /** The index of the first token of {@code m} in {@code w} ({@code w.size()} when it starts after them). */
    static int firstToken(List<Token> w, Mention m) {
        int s = 0;
        while (s < w.size() && w.get(s).start() < m.span().start()) {
            s++;
        }
        return s;
    }

    /** "a book called “…”": an indefinite thing given a title, not a speaker. */
    private static boolean namedThing(List<Token> w, int c, Mention m) {
        String v = w.get(c).norm();
        String first = m.text().toLowerCase(Locale.ROOT);
        return (v.equals("called") || v.equals("named") || v.equals("titled") || v.equals("dubbed"))
                && (first.startsWith("a ") || first.startsWith("an "));
    }
}
