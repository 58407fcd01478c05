package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * Lead-ins: the words before a quote that end in a colon or a dash and introduce it ("Smith said: “…”", "Smith
 * was asked by host Jo Lee, “…”"; a colon with no reporting verb before it: {@link ColonSubject}), and the
 * clause helpers the attribution rules share (a passive verb's agent, a participle's source, a clause's named
 * subject). Split out of {@link AttributionFinder}; stateless per article beyond its word tables. Limits: no
 * parser; reads at most {@link #LEAD_IN_REACH} tokens back from the colon for the verb.
 */
final class LeadIn {

    static final int LEAD_IN_REACH = 8;
    private static final java.util.Set<String> BE = java.util.Set.of("was", "were", "is", "are", "been",
            "being", "be");

    private final SourcePhrase phrases;
    private final SentenceSubject subjects;
    private final ArticleTokens tokens;
    private final DescribedSubject described;

    LeadIn(SourcePhrase phrases, SentenceSubject subjects, ArticleTokens tokens, String text) {
        this.phrases = phrases;
        this.described = new DescribedSubject(text, phrases);
        this.subjects = subjects;
        this.tokens = tokens;
    }

    /**
     * The attribution of a quote whose window {@code b} (the words before it in its sentence) ends in a colon or
     * a dash: the source of the reporting verb before it, else for a colon the subject {@link ColonSubject}
     * reads ("Okafor resisted:", "released the following statement:"); null when none.
     */
    Attribution of(List<Token> b) {
        int m = b.size() - 1;
        if (m < 1 || !(b.get(m).text().equals(":") || isDash(b.get(m)))) {
            return null;
        }
        for (int c = m - 1; c >= 0 && m - c <= LEAD_IN_REACH; c--) {
            if (b.get(c).text().equals("-") || b.get(c).text().equals("—") || b.get(c).text().equals("–")) {
                break;
            }
            if (ReportingVerb.at(b, c)) {
                int lo = afterClosedQuote(b, c);
                Mention src = passiveAgent(b, c);
                if (src == null && (participleClause(b, c) || lo == c && b.get(c).norm().endsWith("ing"))) {
                    src = earlierSource(b, c);
                }
                if (src == null && lo < c) {
                    src = phrases.subject(b, c, lo);
                    if (src != null && ClauseCue.objectBeforeParticiple(b, c, src)) {
                        src = earlierSource(b, c); // "Lee emailed supporters saying:": not the supporters
                    }
                }
                if (src == null && !tellsHearer(b.get(c))) {
                    src = phrases.inverted(b, c, m);
                }
                if (src == null && byParticiple(b, c, lo)) {
                    src = phrases.subject(b, c - 2, lo); // "After the break he began by saying,"
                }
                if (src == null && (tellsHearer(b.get(c)) || b.get(c).norm().endsWith("ing"))) {
                    Attribution main = mainSubject(b.subList(0, c));
                    src = main == null ? null : main.source();
                }
                if (src != null && known(src)) {
                    return new Attribution(CueSpan.extend(b, c), src, Attribution.Rule.LEAD_IN);
                }
                break;
            }
        }
        return b.get(m).text().equals(":") ? ColonSubject.of(b, m, phrases, this::known) : null;
    }

    /**
     * "Continuing to explain his view, Lee said …", "Citing the report, …": a capitalised -ing word opening
     * the window and followed by "to" or a determiner is a participle, not the name of the cue's subject.
     */
    static boolean participleOpener(List<Token> w, int c, Mention m) {
        if (c < 2 || w.size() < 2 || m.span().start() != w.get(0).start() || m.span().end() != w.get(0).end()) {
            return false;
        }
        Token first = w.get(0);
        Token next = w.get(1);
        return first.norm().endsWith("ing") && (next.is("to") || Lexicon.isDeterminer(next))
                && !next.isCapitalized();
    }

    /**
     * The source of ", adding, “…”" at {@code c}: that of the nearest reporting verb before it ("…, Smith said,
     * adding, “…”"), else the main clause's subject ("Smith, a former chairman, poked at …, tweeting, “…”"),
     * else for a participle after a comma a "he"/"she" opening the clause ("She escalated …, telling CNN …")
     * or its described subject ("His aide doubled down …, saying …"; {@link DescribedSubject}), else the
     * subject of the clause before the comma ({@link #clauseBeforeComma}).
     */
    Mention earlierSource(List<Token> b, int c) {
        for (int k = c - 1; k > 0; k--) {
            if (ReportingVerb.at(b, k) && !b.get(k).norm().endsWith("ing")) {
                Mention m = phrases.subject(b, k, 0);
                if (m != null && known(m) && !participleOpener(b, k, m)) {
                    return m;
                }
            }
        }
        Attribution main = mainSubject(b.subList(0, c));
        if (main != null) {
            return main.source();
        }
        if (c == 0 || !b.get(c - 1).text().equals(",")) {
            return null;
        }
        Mention pronoun = SharedSubject.openingHeOrShe(b, c, phrases);
        int s0 = SentenceOpening.pastConjunctions(b);
        Mention m = pronoun != null && pronoun.heOrShe() ? pronoun : described.at(b, s0);
        return m != null ? m : clauseBeforeComma(b, c);
    }

    /**
     * "The second delay came at the fair, when Voss protesters blocked the ovens, chanting …": with no person or
     * organisation opening the sentence, the named subject of the clause right before the participle's comma.
     */
    private Mention clauseBeforeComma(List<Token> b, int c) {
        Mention m = phrases.subject(b, c, 0);
        return m != null && !m.pronoun() && m.kind() != SpeakerKind.ANONYMOUS && known(m)
                ? m : null;
    }

    /**
     * "Smith was asked by host Jo Lee, “…”", "was told by aides that …": a passive reporting verb whose agent
     * after "by" is the source; null when the verb at {@code c} is not passive with an agent.
     */
    Mention passiveAgent(List<Token> w, int c) {
        if (c < 1 || c + 2 >= w.size() || !w.get(c + 1).is("by") || !BE.contains(w.get(c - 1).norm())
                || w.get(c).is("quoted")) {
            return null;
        }
        return phrases.inverted(w, c + 1, w.size());
    }

    /**
     * The window {@code b} leaves out quoted words, so "After Lee said that … “…,” Okafor said:" reads as if
     * "at Okafor said" were one clause. A quote ending in a comma inside its marks closes a clause: returns the
     * index in {@code b} of the first word after the last such quote before the verb at {@code c}, else 0.
     */
    private int afterClosedQuote(List<Token> b, int c) {
        for (int k = c; k > 0; k--) {
            int i = tokens.firstAtOrAfter(b.get(k).start());
            if (i >= 2 && tokens.quoteOf(i - 1) >= 0 && tokens.quoteOf(i - 2) == tokens.quoteOf(i - 1)
                    && tokens.get(i - 2).text().equals(",") && !tokens.get(i - 1).isWord()) {
                return k;
            }
        }
        return 0;
    }

    /**
     * "he began by saying", "Lee responded by tweeting": an -ing cue at {@code c} after "by" and a lower-case past
     * verb, whose subject is the source. Not after an object ("answered the charges by saying").
     */
    static boolean byParticiple(List<Token> b, int c, int lo) {
        if (c - 3 < lo || !b.get(c).norm().endsWith("ing") || !b.get(c - 1).is("by")) {
            return false;
        }
        Token verb = b.get(c - 2);
        String v = verb.norm();
        return verb.isWord() && !verb.isCapitalized() && (v.endsWith("ed") || v.equals("began") || v.equals("begun"));
    }

    /** "told", "telling": the words after these verbs are the hearer, never the source. */
    static boolean tellsHearer(Token verb) {
        String v = verb.norm();
        return v.equals("told") || v.equals("tell") || v.equals("tells") || v.equals("telling");
    }

    /** The named person, else the organisation, opening the clause in {@code w}; null if neither. */
    Attribution mainSubject(List<Token> w) {
        Attribution a = subjects.of(w);
        return a != null && !a.source().pronoun() ? a : subjects.organization(w);
    }

    /**
     * ", urging …", ", saying …", ", having called …": a participle after a comma, whose subject is the main
     * clause's (not the object before the comma).
     */
    static boolean participleClause(List<Token> w, int c) {
        return c > 0 && w.get(c - 1).text().equals(",") && w.get(c).norm().endsWith("ing")
                || c > 1 && w.get(c - 1).is("having") && w.get(c - 2).text().equals(",");
    }

    /** Whether a mention is a plausible source, read with the token that ends it. */
    boolean known(Mention m) {
        int i = tokens.firstAtOrAfter(m.span().end()) - 1;
        return SourcePhrase.isKnown(m, tokens.get(Math.max(0, i)));
    }

    static boolean isDash(Token t) {
        return t.text().equals("—") || t.text().equals("–") || t.text().equals("-") || t.text().equals(",");
    }
}
