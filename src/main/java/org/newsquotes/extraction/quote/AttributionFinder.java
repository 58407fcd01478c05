package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * Finds who a marked quote is attributed to, trying in order: the subject of a relative clause the quote ends
 * ({@link RelativeQuote}: "a clip that Judge Ruiz called “…”") or an agent before "as" ("seen by planners as
 * a “…”"), the words right after the closing mark
 * ({@link TrailingSource}: "“…,” Smith said", "“…,” said Smith"; {@link SignedQuote}: "“…” — Jane Doe"), a
 * lead-in ending in a colon or comma ({@link LeadIn}: "Smith said: “…”", "Smith was asked by host Jo Lee, “…”"),
 * the written subject of an infinitive or participle ({@link CausedSpeaker}: "prompted Lee to call it “…”";
 * {@link UnderstoodSubject}: "with Lee taking to Twitter to call it “…”"), "according to X" ({@link AccordingTo}),
 * a verb right before the mark ({@link AdjacentCue}: "the rule the founders wrote “…”"), the subject of the first
 * reporting verb in the quote's own clause ({@link ClauseCue}; "Putin … warned of a “…”"), the owner of a speech
 * noun ({@link PossessiveSource}: "Lee’s claim that “…”"), an attribution-only sentence right after, the
 * attribution of the sentence before ({@link NeighbourSentences}), then the named subject of the sentence
 * ({@link SentenceSubject}), which a clause carrying on the sentence before overrides ({@link CarriedReport}). A
 * pronoun "it" becomes the organisation opening the sentence. Only words outside every quote are read, and only
 * within the quote's own sentences ({@link QuoteWindow}), so the work per quote is bounded by its sentence. Per
 * article; not thread-safe once {@link #useSentenceSources} is called. Limits: no parser; a reporting verb inside a
 * subordinate clause can win over the main verb.
 */
public final class AttributionFinder {

    private final TextIndex index;
    private final SourcePhrase phrases;
    private final SentenceSubject subjects;
    private final PossessiveSource possessives;
    private final LeadIn leadIns;
    private final QuoteWindow window;
    private final TrailingSource trailing;
    private final ClauseCue clauseCues;
    private final SignedQuote signatures;
    private final NeighbourSentences neighbours;
    private final ClauseSubject clauseSubjects;
    private final CarriedReport carried;
    private final ArticleTokens tokens;
    private SentenceSources sources;

    public AttributionFinder(TextIndex index, ArticleTokens tokens) {
        this.index = index;
        this.tokens = tokens;
        this.phrases = new SourcePhrase(index.text());
        this.subjects = new SentenceSubject(index.text());
        this.possessives = new PossessiveSource(index.text());
        this.leadIns = new LeadIn(phrases, subjects, tokens, index.text());
        this.window = new QuoteWindow(index, tokens);
        this.trailing = new TrailingSource(index.text(), phrases, leadIns);
        this.clauseCues = new ClauseCue(phrases, leadIns, tokens, index.text());
        this.signatures = new SignedQuote(index, window, tokens);
        this.neighbours = new NeighbourSentences(index, tokens, window, trailing, phrases);
        this.clauseSubjects = new ClauseSubject(subjects);
        this.carried = new CarriedReport(index, neighbours);
    }

    /** Lets the finder fall back on the attribution of the sentence before a quote's own. */
    void useSentenceSources(SentenceSources s) {
        this.sources = s;
    }

    /** The attribution of quote {@code q}, or null when none is written. */
    public Attribution find(MarkedQuote q) {
        List<Token> after = window.after(q);
        List<Token> before = window.before(q);
        Attribution a = TranscriptLabel.of(q, tokens, index);
        if (a == null) {
            a = SubordinateQuote.of(before, clauseCues, index.text());
        }
        if (a == null) {
            a = RelativeQuote.of(before, q.open(), phrases, leadIns, index.text());
        }
        if (a == null) {
            a = PassiveAgent.agentBeforeAs(before, phrases);
        }
        if (a == null) {
            a = trailing.of(after);
            if (a != null && !leadIns.known(a.source())
                    && SubordinateQuote.insideOpeningClause(before, index.text())) {
                a = null; // "As Lee stood by her remark that “…,” the crowd cheered": another clause's subject
            }
        }
        if (a == null) {
            a = PassiveAgent.of(before, after, phrases);
        }
        if (a != null && a.source().pronoun()) {
            a = namedLeadIn(a, before);
        }
        if (a == null && q.closed()) {
            a = signatures.signed(after);
        }
        if (a == null && q.closed() && window.endsInSpeech(q)) {
            a = UnlistedCue.after(after, phrases, index.text());
        }
        if (a == null) {
            a = leadIns.of(before);
        }
        if (a == null) {
            a = JointColonLead.of(before, index.text());
        }
        if (a == null) {
            a = CausedSpeaker.of(before, phrases);
        }
        if (a == null) {
            a = UnderstoodSubject.of(before, index.text());
        }
        if (a == null) {
            a = FromColonLead.of(before, index.text());
        }
        if (a == null) {
            a = AccordingTo.in(before, phrases);
        }
        if (a == null) {
            a = AccordingTo.in(after, phrases);
        }
        if (a == null) {
            a = AdjacentCue.of(before, phrases, leadIns);
        }
        if (a == null) {
            a = PossessiveSource.nearer(clauseCues.clauseCue(before), possessives.of(before, after), before);
        }
        if (a == null) {
            a = AsSource.in(before, phrases, index.text());
        }
        if (a == null) {
            a = possessives.of(before, after);
        }
        if (a == null) {
            a = clauseCues.firstCue(after, Attribution.Rule.IN_SENTENCE);
        }
        if (a == null && q.closed()) {
            a = QuoteNounSource.of(after, phrases);
        }
        if (a == null && after.isEmpty() && q.closed()) {
            a = neighbours.next(q);
        }
        if (a == null && sources != null) {
            a = neighbours.previous(q, sources);
        }
        if (a == null && q.closed()) {
            a = signatures.dashLine(q);
        }
        if (a == null) {
            a = signatures.signatureLine(q);
        }
        if (a == null) {
            a = PerspectiveSource.of(before, phrases);
        }
        if (a == null) {
            a = subjects.of(before);
        }
        a = carried.orCarried(a, q, before, sources);
        if (a == null) {
            a = subjects.organization(before);
        }
        if (a == null && sources != null) {
            a = neighbours.previousParagraph(q, sources);
        }
        if (a == null) {
            a = clauseSubjects.of(before);
        }
        return itsOrganization(a, before);
    }

    /**
     * "The council … pledged to act against what it called “…”": a source "it" is the organisation opening the
     * quote's sentence, when there is one; otherwise {@code a} unchanged.
     */
    private Attribution itsOrganization(Attribution a, List<Token> before) {
        if (a == null || !a.source().pronoun() || !a.source().text().equalsIgnoreCase("it")) {
            return a;
        }
        Attribution org = subjects.organization(before);
        return org == null ? a : new Attribution(a.cue(), org.source(), a.rule());
    }

    /**
     * "Sen. Jo Lee scolded him: “…,” she said.": a pronoun after the quote gives way to the named person of the
     * lead-in when the pronoun's gender is that person's (the object "him" would otherwise be the antecedent).
     */
    private Attribution namedLeadIn(Attribution pronoun, List<Token> before) {
        Attribution lead = leadIns.of(before);
        if (lead == null || lead.source().pronoun() || lead.source().kind() != SpeakerKind.PERSON) {
            return pronoun;
        }
        Gender g = lead.source().gender();
        return g != Gender.UNKNOWN && g == pronoun.source().gender() ? lead : pronoun;
    }

    /** "“…,” Smith said": the source written right after a closing quote, read from {@code after}; or null. */
    Attribution trailing(List<Token> after) {
        return trailing.of(after);
    }

    /** The named person opening sentence {@code sent}, as a cue-less attribution, or null. */
    Attribution namedSubject(ArticleTokens all, Span sent) {
        return subjects.named(all, sent);
    }

    /**
     * A sentence's own attribution: its first reporting verb with a source, a lead-in ending in a colon ("Jo
     * Lee released the following statement:"), or "according to X". A pronoun
     * source gives way to the named subject opening the sentence ("Trump was talking … when he told …"),
     * so that the pronoun then resolves to it.
     */
    Attribution sentenceAttribution(List<Token> w) {
        Attribution a = clauseCues.firstCue(w, Attribution.Rule.IN_SENTENCE);
        if (a != null && a.source().pronoun()) {
            Attribution subject = subjects.of(w);
            if (subject != null && !subject.source().pronoun()
                    && subject.source().span().start() < a.source().span().start()) {
                return new Attribution(a.cue(), subject.source(), a.rule());
            }
        }
        if (a == null && !w.isEmpty() && w.get(w.size() - 1).text().equals(":")) {
            a = leadIns.of(w);
        }
        return a != null ? a : AccordingTo.in(w, phrases);
    }
}
