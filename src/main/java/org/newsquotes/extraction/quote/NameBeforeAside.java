package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * For {@link TrailingSource}: a name written right after a quote and set off by an aside before the reporting
 * verb ("“…,” Jo Lee, assistant secretary for refugees, schools, and parks, said", "“…,” Jo Lee, who chairs the
 * fund said"). Stateless. Limits: the name is at most five name, title or initial tokens.
 */
final class NameBeforeAside {

    private NameBeforeAside() {
    }

    /** The name before a long aside ({@link #nameBeforeLongAside}) or before an open relative clause. */
    static Mention of(String text, List<Token> a, int s, int c) {
        Mention m = nameBeforeLongAside(text, a, s, c);
        return m != null ? m : nameBeforeRelative(text, a, s, c);
    }

    /**
     * "“…,” Jo Lee, the pollster who founded a survey firm tweeted." / "“…,” Jo Lee, who chairs the fund said":
     * a name right after the quote, a comma, then an aside holding "who" and no further comma before the verb
     * (the writer forgot the closing comma). Whoever the verb's subject is read as, it is the name: the relative
     * clause is about that person. The name, else null.
     */
    private static Mention nameBeforeRelative(String text, List<Token> a, int s, int c) {
        int e = s;
        while (e < c && e - s < 5 && (Lexicon.isNameToken(a.get(e)) || Lexicon.isTitle(a.get(e))
                || Lexicon.isInitials(a.get(e)))) {
            e++;
        }
        if (e == s || e >= c - 1 || !a.get(e).text().equals(",") || !Lexicon.isNameToken(a.get(e - 1))) {
            return null;
        }
        boolean who = false;
        for (int k = e + 1; k < c; k++) {
            String t = a.get(k).text();
            if (t.equals(",") || t.equals("(") || LeadIn.isDash(a.get(k))) {
                return null;
            }
            who |= a.get(k).is("who");
        }
        if (!who) {
            return null;
        }
        Mention m = MentionParser.parse(text, a.subList(s, e), null);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun() ? m : null;
    }

    /**
     * "“…,” Jo Lee, assistant secretary for refugees, schools, and parks, said": right after the quote a name,
     * then an aside between commas that holds commas of its own, then the verb; the name, else null.
     */
    private static Mention nameBeforeLongAside(String text, List<Token> a, int s, int c) {
        int e = s;
        while (e < c && e - s < 5 && (Lexicon.isNameToken(a.get(e)) || Lexicon.isTitle(a.get(e))
                || Lexicon.isInitials(a.get(e)))) {
            e++;
        }
        if (e == s || e >= c - 1 || !a.get(e).text().equals(",") || !a.get(c - 1).text().equals(",")
                || !Lexicon.isNameToken(a.get(e - 1))) {
            return null;
        }
        Mention m = MentionParser.parse(text, a.subList(s, e), null);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun() ? m : null;
    }
}
