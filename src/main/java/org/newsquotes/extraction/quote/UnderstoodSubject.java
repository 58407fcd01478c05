package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Determiners;
import org.newsquotes.extraction.text.Token;

/**
 * The written subject of a non-finite clause that carries the quote's reporting verb: "…, with Jo Lee taking to
 * Twitter to call it “…”" (an absolute "with X doing"), "There is time for Jo Lee to mend fences, even after
 * dismissing them as “…”" ("for X to do"). The reporting verb nearest before the quote must be an infinitive
 * ("to call", "and call" after one) or a participle ("calling"); the first "with X doing" or "for X to" before it
 * names its subject. Stateless; reads at most {@link #REACH} tokens back from the quote. Limits: no parser, so a
 * new clause between subject and verb is only seen through a comma or "and" before a capitalised word
 * ("with Lee praising it and Okafor calling it …"), a subject pronoun or a relative word; "called for Lee to …"
 * (a request) and non-person subjects are left alone; a reporting word after a determiner is a noun ("the
 * report"), not the verb.
 */
final class UnderstoodSubject {

    private static final int REACH = 30;
    /** Words opening a clause with a subject of its own between the named subject and the verb. */
    private static final Set<String> NEW_SUBJECT = Set.of("who", "whom", "which", "that", "he", "she", "they",
            "we", "i", "you");

    private UnderstoodSubject() {
    }

    /** The named subject of the non-finite reporting verb nearest the end of {@code w}, as an attribution; or null. */
    static Attribution of(List<Token> w, String text) {
        int lo = Math.max(0, w.size() - REACH);
        int c = w.size() - 1;
        while (c >= lo && !verbCue(w, c)) {
            if (hardBreak(w.get(c))) {
                return null;
            }
            c--;
        }
        if (c < 1 || !nonFinite(w, c)) {
            return null;
        }
        for (int k = c - 1; k >= lo; k--) {
            Token t = w.get(k);
            if (hardBreak(t) || NEW_SUBJECT.contains(t.norm()) || (t.text().equals(",") || t.is("and"))
                    && w.get(k + 1).isCapitalized()) {
                return null;
            }
            if (t.is("with") || t.is("for") && !(k > 0 && CueLexicon.isCue(w.get(k - 1)))) {
                Mention m = subjectAfter(w, k, c, text);
                if (m != null) {
                    return new Attribution(CueSpan.extend(w, c), m, Attribution.Rule.IN_SENTENCE);
                }
            }
        }
        return null;
    }

    /** A reporting word used as a verb: not capitalised, and not a noun after a determiner ("call the report “…”"). */
    private static boolean verbCue(List<Token> w, int c) {
        return CueLexicon.isCue(w.get(c)) && !w.get(c).isCapitalized()
                && !(c > 0 && Determiners.ARTICLES_AND_POSSESSIVES.contains(w.get(c - 1).norm()));
    }

    /**
     * "with Jo Lee taking", "for Jo Lee to": the named person after the preposition at {@code k}, followed by a
     * participle (after "with") or "to" (after "for") before the verb at {@code c}; null otherwise.
     */
    private static Mention subjectAfter(List<Token> w, int k, int c, String text) {
        int e = SubjectName.nameRun(w, k + 1);
        if (e == k + 1 || e >= c) {
            return null;
        }
        Token next = w.get(e);
        boolean linked = w.get(k).is("with") ? next.isWord() && !next.isCapitalized() && next.norm().endsWith("ing")
                : next.is("to");
        if (!linked) {
            return null;
        }
        Mention m = MentionParser.parse(text, w.subList(k + 1, e), null);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun() && m.name() != null ? m : null;
    }

    /**
     * "to call", "calling", "to make a joke … and call": the verb at {@code c} is an infinitive or a participle,
     * so its subject is understood, not written before it.
     */
    static boolean nonFinite(List<Token> w, int c) {
        String n = w.get(c).norm();
        return w.get(c - 1).is("to") || n.endsWith("ing") || w.get(c - 1).is("and") && bareForm(n);
    }

    /** A verb's bare form ("call", not "called", "calls", "calling", "said", "thought"). */
    static boolean bareForm(String n) {
        return !(n.endsWith("ed") || n.endsWith("ing") || n.endsWith("s") && !n.endsWith("ss") || n.equals("said")
                || n.equals("told") || n.equals("wrote") || n.equals("thought") || n.equals("sought"));
    }

    /** Punctuation that ends the clause for good: a semicolon, colon, dash or parenthesis. */
    private static boolean hardBreak(Token t) {
        String s = t.text();
        return s.equals(";") || s.equals(":") || s.equals("—") || s.equals("–") || s.equals("--") || s.equals("(")
                || s.equals(")");
    }
}
