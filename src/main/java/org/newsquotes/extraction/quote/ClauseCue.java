package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * Reads an attribution from the first reporting verb in a run of words that has a plausible source: its
 * subject ("Putin … warned of a “…”"), a passive agent ("was asked by host Jo Lee"), an inverted source after a
 * comma ("…, said Brad Lee, a pollster."), for a participle the subject of the verb before it ("Smith issued
 * a statement saying …"), or the clause subject a verb after "and" shares ({@link SharedSubject}).
 * {@link #clauseCue} prefers the quote's own clause ({@link QuoteClause}). Immutable; linear in the window (each
 * verb looks back at most {@link #MAX_NP_REACH} tokens). Limits: no parser; a reporting verb inside a
 * subordinate clause can win over the main verb, and the subject of a that-clause after a report word
 * ("warnings that Moscow will …") is skipped.
 */
final class ClauseCue {

    /** How far before its verb a subject can start (noun phrase, appositive and skipped adverbs). */
    private static final int MAX_NP_REACH = 100;
    /** Words before a noun phrase that do not make it an object: "with Smith saying", "by officials asking". */
    private static final Set<String> OBJECT_STOP = Set.of("with", "without", "by", "of",
            "and", "or", "but", "as", "while", "than");
    private final String text;
    private final SourcePhrase phrases;
    private final LeadIn leadIns;
    private final ArticleTokens tokens;
    private final SharedSubject shared;

    ClauseCue(SourcePhrase phrases, LeadIn leadIns, ArticleTokens tokens, String text) {
        this.text = text;
        this.phrases = phrases;
        this.leadIns = leadIns;
        this.tokens = tokens;
        this.shared = new SharedSubject(phrases, new SentenceSubject(text));
    }

    /**
     * The first reporting verb with a plausible source in the quote's own clause (after the last "; ", dash,
     * ", but" / ", while" …, "and" before a name, or an unclosed "after" / "when" … clause), else in the whole
     * window: "Russia denies …, but Putin has accused … and warned of
     * a “…”" gives Putin; "He said at the meeting, Moscow wanted “…”" gives he. A clause opened by a name after
     * an introductory clause or a quote closed by a comma ("While Lee calls it “…,” Okafor fixates on …") takes
     * no cue from before it: null.
     */
    Attribution clauseCue(List<Token> w) {
        int start = QuoteClause.start(w, text);
        List<Token> clause = w.subList(start, w.size());
        Attribution a = start > 0 ? firstCue(clause, Attribution.Rule.IN_SENTENCE) : null;
        if (a == null && start > 0 && start < w.size() && Lexicon.isNameToken(w.get(start))
                && (w.get(start - 1).text().equals(",")
                || SentenceOpening.quotedCommaBetween(text, w.get(start - 1), w.get(start)))) {
            return null; // "While Lee calls it “…,” Okafor fixates on the “…”": Okafor's clause has no cue
        }
        return a != null && QuoteClause.opensWithCue(clause, a) ? a : firstCue(w, Attribution.Rule.IN_SENTENCE);
    }

    /** The first reporting verb in {@code w} with a plausible source, as an attribution; null if none. */
    Attribution firstCue(List<Token> w, Attribution.Rule rule) {
        for (int c = 0; c < w.size(); c++) {
            if (CueLexicon.isCue(w.get(c)) && (!w.get(c).isCapitalized() || c == 0) && !namesThing(w, c)
                    && !RelativeQuote.closedBefore(w, c, phrases, text)) {
                Mention agent = leadIns.passiveAgent(w, c);
                if (agent != null && leadIns.known(agent)) {
                    return new Attribution(CueSpan.extend(w, c), agent, rule);
                }
                Mention inverted = commaInversion(w, c);
                if (inverted != null) {
                    return new Attribution(CueSpan.extend(w, c), inverted, rule);
                }
                if (LeadIn.participleClause(w, c)) {
                    Mention main = leadIns.earlierSource(w, c);
                    if (main != null) {
                        return new Attribution(CueSpan.extend(w, c), main, rule);
                    }
                    continue;
                }
                Mention joined = shared.of(w, c);
                if (joined != null) {
                    return new Attribution(CueSpan.extend(w, c), joined, rule);
                }
                Mention m = phrases.subject(w, c, 0);
                if (m != null && (embedded(w, c, m) || LeadIn.participleOpener(w, c, m)
                        || NounCue.compound(w, c, m))) {
                    continue;
                }
                if (m != null && objectBeforeParticiple(w, c, m)) {
                    Mention verbSubject = phrases.subject(w, verbBefore(w, m), 0);
                    if (verbSubject != null && leadIns.known(verbSubject) && !verbSubject.pronoun()) {
                        return new Attribution(CueSpan.extend(w, c), verbSubject, rule);
                    }
                    Attribution main = leadIns.mainSubject(w.subList(0, c));
                    if (main != null) {
                        return new Attribution(CueSpan.extend(w, c), main.source(), rule);
                    }
                }
                int sent = m == null ? SentObjectParticiple.verbOf(w, c) : -1;
                Mention sender = sent < 0 ? null : phrases.subject(w, sent, 0);
                if (sender != null && leadIns.known(sender)) {
                    return new Attribution(CueSpan.extend(w, c), sender, rule);
                }
                if (m == null) {
                    Mention aside = DashAside.subject(w, c, phrases);
                    if (aside != null && leadIns.known(aside)) {
                        return new Attribution(CueSpan.extend(w, c), aside, rule);
                    }
                }
                if (m == null && CueInversion.invertible(w, c) && CueInversion.afterPunctuation(w, c)
                        && !LeadIn.tellsHearer(w.get(c))) {
                    m = phrases.inverted(w, c, w.size());
                }
                if (m != null && leadIns.known(m)) {
                    return new Attribution(CueSpan.extend(w, c), m, rule);
                }
                Mention opening = OpeningPhrase.before(w, c, text);
                if (opening != null) {
                    return new Attribution(CueSpan.extend(w, c), opening, rule);
                }
            }
        }
        return null;
    }

    /**
     * "a consulting firm called Brightline Partners": "called" or "named" after an indefinite noun phrase and
     * before a capitalised word gives that thing its name; nobody says anything there, so the search goes on to
     * a later verb ("…, argues"). A definite subject ("the senator called Lee …") still reports.
     */
    static boolean namesThing(List<Token> w, int c) {
        if (!(w.get(c).is("called") || w.get(c).is("named")) || c + 1 >= w.size()
                || !w.get(c + 1).isCapitalized() || c < 2) {
            return false;
        }
        for (int k = c - 1; k >= 0 && c - k <= 4; k--) {
            Token t = w.get(k);
            if (t.is("a") || t.is("an")) {
                return k < c - 1;
            }
            if (!t.isWord() || t.isCapitalized() || Lexicon.isPronoun(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Smith issued a statement saying …", "Smith emailed supporters asking …": the phrase before the participle
     * follows a lower-case verb, so it is that verb's object and the participle's subject is that verb's (else
     * the main clause's).
     */
    static boolean objectBeforeParticiple(List<Token> w, int c, Mention m) {
        if (!w.get(c).norm().endsWith("ing")) {
            return false;
        }
        int k = c - 1;
        while (k >= 0 && w.get(k).start() >= m.span().start()) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        Token before = w.get(k);
        return before.isWord() && !before.isCapitalized() && !Lexicon.isFunctionWord(before)
                && !OBJECT_STOP.contains(before.norm());
    }

    /**
     * "… warnings that Moscow will not wait": the subject of a that-clause after a reporting word speaks inside
     * someone else's report (but "an explosion that the mayor described as …" is a relative clause: kept).
     */
    private static boolean embedded(List<Token> w, int c, Mention m) {
        for (int k = c - 1; k >= 0 && c - k <= MAX_NP_REACH; k--) {
            if (w.get(k).start() == m.span().start()) {
                int that = w.get(k).is("that") ? k : k - 1;
                return that >= 1 && w.get(that).is("that") && reportWord(w.get(that - 1).norm());
            }
        }
        return false;
    }

    /** A reporting verb or noun, singular or plural ("said", "warnings"). */
    private static boolean reportWord(String norm) {
        return CueLexicon.isCue(norm) || norm.endsWith("s") && CueLexicon.isCue(norm.substring(0, norm.length() - 1));
    }

    /** The index of the token right before mention {@code m} in {@code w} (the verb whose object it is). */
    private static int verbBefore(List<Token> w, Mention m) {
        int k = 0;
        while (k + 1 < w.size() && w.get(k + 1).start() < m.span().start()) {
            k++;
        }
        return k;
    }

    /**
     * "…, forcing her to fend off both rivals, said Brad Lee, a pollster.": a reporting verb after a comma with
     * a named person right after it, and that name closed by punctuation, is the inverted "said X"; the
     * person before the comma is part of the reported words. Null when the shape differs.
     */
    private Mention commaInversion(List<Token> w, int c) {
        if (c < 1 || !w.get(c - 1).text().equals(",") || !CueInversion.invertible(w, c)
                || LeadIn.tellsHearer(w.get(c))) {
            return null;
        }
        Mention m = phrases.inverted(w, c, w.size());
        if (m == null || m.pronoun() || m.kind() != SpeakerKind.PERSON || m.name() == null) {
            return null;
        }
        int e = tokens.firstAtOrAfter(m.span().end());
        if (e >= tokens.size()) {
            return m;
        }
        String next = tokens.get(e).text();
        return next.equals(",") || next.equals(".") || next.equals("(") ? m : null;
    }
}
