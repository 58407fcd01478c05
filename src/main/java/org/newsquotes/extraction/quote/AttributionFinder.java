package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * Finds who a marked quote is attributed to, trying in order: the words right after the closing mark
 * ("“…,” Smith said", "“…,” said Smith"), a lead-in ending in a colon or comma ("Smith said: “…”", "Smith was
 * asked by host Jo Lee, “…”"), "according to X", the subject of the first reporting verb in the quote's own
 * clause ({@link QuoteClause}; "Putin … warned of a “…”"), the owner of a speech noun ("Lee’s claim that
 * “…”"), an attribution-only sentence right after, the attribution of the sentence before, then the named
 * subject of the sentence. A pronoun "it" becomes the organisation opening the sentence. Only words outside
 * every quote are read, and only within the quote's own sentences, so the work per quote is bounded by its
 * sentence. Lead-ins ending in a colon or dash are read by {@link LeadIn}. Limits: no parser; a reporting verb
 * inside a subordinate clause can win over the main verb.
 */
public final class AttributionFinder {

    private static final int AFTER_REACH = 16;
    private static final int NEXT_SENTENCE_TAIL = 6;
    /** At most this many tokens are read on each side of a quote, so one endless sentence stays linear. */
    private static final int MAX_WINDOW = 80;
    /** Tokens (marks included) of a quoted phrase read as a modifier inside an aside: “Lee” campaign pins. */
    private static final int QUOTED_MODIFIER = 6;
    /** How far before its verb a subject can start (noun phrase, appositive and skipped adverbs). */
    private static final int MAX_NP_REACH = 100;
    /** Words before a noun phrase that do not make it an object: "with Smith saying", "by officials asking". */
    private static final java.util.Set<String> OBJECT_STOP = java.util.Set.of("with", "without", "by", "of",
            "and", "or", "but", "as", "while", "than");
    private static final java.util.Set<String> AUXILIARY = java.util.Set.of("has", "have", "had", "is", "was",
            "also", "previously", "once", "already", "since", "recently", "repeatedly", "publicly", "openly");
    private static final java.util.Set<String> RELATIVE = java.util.Set.of("who", "which", "that", "whom");

    private final TextIndex index;
    private final ArticleTokens tokens;
    private final SourcePhrase phrases;
    private final SentenceSubject subjects;
    private final PossessiveSource possessives;
    private final LeadIn leadIns;
    private SentenceSources sources;

    public AttributionFinder(TextIndex index, ArticleTokens tokens) {
        this.index = index;
        this.tokens = tokens;
        this.phrases = new SourcePhrase(index.text());
        this.subjects = new SentenceSubject(index.text());
        this.possessives = new PossessiveSource(index.text());
        this.leadIns = new LeadIn(phrases, subjects, tokens);
    }

    /** Lets the finder fall back on the attribution of the sentence before a quote's own. */
    void useSentenceSources(SentenceSources s) {
        this.sources = s;
    }

    /** The attribution of quote {@code q}, or null when none is written. */
    public Attribution find(MarkedQuote q) {
        List<Token> after = after(q);
        List<Token> before = before(q);
        Attribution a = afterDirect(after);
        if (a != null && a.source().pronoun()) {
            a = namedLeadIn(a, before);
        }
        if (a == null && q.closed()) {
            a = signed(after);
        }
        if (a == null && q.closed() && endsInSpeech(q)) {
            a = UnlistedCue.after(after, phrases, index.text());
        }
        if (a == null) {
            a = leadIns.of(before);
        }
        if (a == null) {
            a = accordingTo(before);
        }
        if (a == null) {
            a = accordingTo(after);
        }
        if (a == null) {
            a = clauseCue(before);
        }
        if (a == null) {
            a = possessives.of(before, after);
        }
        if (a == null) {
            a = firstCue(after, Attribution.Rule.IN_SENTENCE);
        }
        if (a == null && after.isEmpty() && q.closed()) {
            a = nextSentence(q);
        }
        if (a == null && sources != null) {
            a = previousSentence(q);
        }
        if (a == null && q.closed()) {
            a = dashLine(q);
        }
        if (a == null) {
            a = subjects.of(before);
        }
        if (a == null) {
            a = subjects.organization(before);
        }
        if (a == null && sources != null) {
            a = previousParagraph(q);
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
        org.newsquotes.extraction.speaker.Gender g = lead.source().gender();
        return g != org.newsquotes.extraction.speaker.Gender.UNKNOWN && g == pronoun.source().gender()
                ? lead : pronoun;
    }

    /**
     * "Smith said that … ." ending one paragraph, then a paragraph that opens with a quote and has no
     * attribution of its own: the quote is Smith's. Reads only the quote's paragraph and the last sentence of
     * the one before.
     */
    private Attribution previousParagraph(MarkedQuote q) {
        int pi = index.paragraphIndex(q.open());
        if (pi < 1 || q.runsOn() || q.continued() || index.paragraph(pi).start() != q.open()) {
            return null;
        }
        Span para = index.paragraph(pi);
        for (int si = index.sentenceIndex(q.open()); si >= 0 && si < index.sentences().size()
                && index.sentence(si).start() < para.end(); si++) {
            if (sources.of(si) != null) {
                return null;
            }
        }
        Span prev = index.paragraph(pi - 1);
        Attribution a = sources.of(index.sentenceIndex(Math.max(prev.start(), prev.end() - 1)));
        return a == null || a.cue() == null ? null
                : new Attribution(a.cue(), a.source(), Attribution.Rule.PREVIOUS_SENTENCE);
    }

    /** "“…,”", "“…?”", "“…!”": the quote ends in the punctuation that leads into an attribution. */
    private boolean endsInSpeech(MarkedQuote q) {
        int i = q.close() - 1;
        char c = i >= 0 ? index.text().charAt(i) : ' ';
        return c == ',' || c == '?' || c == '!';
    }

    /** Tokens outside quotes from the closing mark to the end of its sentence. */
    private List<Token> after(MarkedQuote q) {
        int si = index.sentenceIndex(q.close());
        int end = si < 0 ? q.close() : index.sentence(si).end();
        return collect(q.close() + 1, end);
    }

    /** Tokens outside quotes from the start of the opening mark's sentence to the mark (other quotes skipped). */
    private List<Token> before(MarkedQuote q) {
        int si = index.sentenceIndex(q.open());
        int start = si < 0 ? 0 : index.sentence(si).start();
        int from = tokens.firstAtOrAfter(start);
        int to = tokens.firstAtOrAfter(q.open());
        List<Token> out = new ArrayList<>();
        for (int k = to - 1; k >= from && to - k <= MAX_WINDOW; k--) {
            if (tokens.quoteOf(k) < 0) {
                out.add(tokens.get(k));
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private List<Token> collect(int from, int end) {
        List<Token> out = new ArrayList<>();
        int first = tokens.firstAtOrAfter(from);
        for (int i = first; i < tokens.size() && i - first < MAX_WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.start() < end && tokens.quoteOf(i) >= 0 && !out.isEmpty()) {
                int past = Math.max(pastNickname(i), pastQuotedModifier(i, out.get(out.size() - 1)));
                if (past > i) {
                    i = past - 1;
                    continue;
                }
            }
            if (t.start() >= end || tokens.quoteOf(i) >= 0) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * "Marcia “Cia” Price": a quoted single capitalised word between two capitalised words is a nickname inside
     * a name; the index of the token after it, else {@code i}.
     */
    private int pastNickname(int i) {
        int q = tokens.quoteOf(i);
        int j = i;
        while (j < tokens.size() && tokens.quoteOf(j) == q && j - i < 4) {
            j++;
        }
        if (j - i != 3 || j >= tokens.size() || i < 1) {
            return i;
        }
        Token word = tokens.get(i + 1);
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(j);
        return word.isWord() && word.isCapitalized() && prev.isWord() && prev.isCapitalized()
                && next.isWord() && next.isCapitalized() && tokens.quoteOf(j) < 0 ? j : i;
    }

    /**
     * "Jo Lee, wearing a cowboy hat and “Lee” campaign pins, said": a short quoted phrase between a word and a
     * lower-case word modifies a noun inside an aside; the index of the token after it, else {@code i}.
     */
    private int pastQuotedModifier(int i, Token prev) {
        int q = tokens.quoteOf(i);
        int j = i;
        while (j < tokens.size() && tokens.quoteOf(j) == q && j - i <= QUOTED_MODIFIER) {
            j++;
        }
        if (j - i > QUOTED_MODIFIER || j >= tokens.size() || !prev.isWord() || CueLexicon.isCue(prev)) {
            return i;
        }
        Token next = tokens.get(j);
        return next.isWord() && !next.isCapitalized() && tokens.quoteOf(j) < 0 && !CueLexicon.isCue(next) ? j : i;
    }

    private Attribution afterDirect(List<Token> a) {
        Attribution found = afterDirectPhrase(a);
        return found != null ? found : loneWordSource(a);
    }

    /**
     * "“…,” From said." / "“…,” Will wrote.": one capitalised word between the quote and a reporting verb that
     * closes the clause is a surname, even when it is also an ordinary word (capitalised only because it is a
     * name: the sentence began before the quote). Pronouns and determiners are not names.
     */
    private static Attribution loneWordSource(List<Token> a) {
        if (a.size() < 3) {
            return null;
        }
        Token w = a.get(0);
        String after = a.get(2).text();
        if (!w.isWord() || !w.isCapitalized() || Lexicon.isAcronym(w) || Lexicon.isPronoun(w)
                || Lexicon.isDeterminer(w) || Lexicon.isTitle(w) || !ReportingVerb.at(a, 1)
                || !(after.equals(".") || after.equals(","))) {
            return null;
        }
        Mention m = new Mention(w.span(), w.text(), w.text(), null, SpeakerKind.PERSON, false,
                org.newsquotes.extraction.speaker.Gender.UNKNOWN);
        return new Attribution(cueSpan(a, 1), m, Attribution.Rule.AFTER);
    }

    private Attribution afterDirectPhrase(List<Token> a) {
        int s = 0;
        while (s < a.size() && LeadIn.isDash(a.get(s))) {
            s++;
        }
        if (s >= a.size()) {
            return null;
        }
        if (CueLexicon.isCue(a.get(s))) {
            if (a.get(s).norm().endsWith("ing")) {
                return null;
            }
            Mention m = phrases.inverted(a, s, a.size());
            return m == null || !known(m) ? null : new Attribution(cueSpan(a, s), m, Attribution.Rule.AFTER);
        }
        for (int c = s + 1; c < a.size() && c - s <= MAX_WINDOW; c++) {
            Token t = a.get(c);
            if (t.text().equals(".") && !Lexicon.isPartyTag(a.get(c - 1)) || t.text().equals(";")) {
                return null;
            }
            if (c - s > AFTER_REACH) {
                Mention named = ReportingVerb.at(a, c) ? nameBeforeLongAside(a, s, c) : null;
                if (named != null && known(named)) {
                    return new Attribution(cueSpan(a, c), named, Attribution.Rule.AFTER);
                }
                continue;
            }
            if (ReportingVerb.at(a, c)) {
                Mention m = phrases.subject(a, c, s);
                if (m != null && m.kind() == SpeakerKind.PERSON && indefinite(m)) {
                    continue;
                }
                if (m == null || m.span().start() != a.get(s).start()) {
                    Mention named = nameBeforeLongAside(a, s, c);
                    m = named != null ? named : m;
                }
                return m == null || !known(m) || !closesSentence(a, s, m, c) ? null
                        : new Attribution(cueSpan(a, c), m, Attribution.Rule.AFTER);
            }
        }
        return null;
    }

    /**
     * "“…,” Jo Lee, assistant secretary for refugees, schools, and parks, said": right after the quote a name,
     * then an aside between commas that holds commas of its own, then the verb; the name, else null.
     */
    private Mention nameBeforeLongAside(List<Token> a, int s, int c) {
        int e = s;
        while (e < c && e - s < 5 && (Lexicon.isNameToken(a.get(e)) || Lexicon.isTitle(a.get(e))
                || Lexicon.isInitials(a.get(e)))) {
            e++;
        }
        if (e == s || e >= c - 1 || !a.get(e).text().equals(",") || !a.get(c - 1).text().equals(",")
                || !Lexicon.isNameToken(a.get(e - 1))) {
            return null;
        }
        Mention m = org.newsquotes.extraction.speaker.MentionParser.parse(index.text(), a.subList(s, e), null);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun() ? m : null;
    }

    /** "a Jo Smith tweet": a name after "a"/"an" modifies a noun (the cue word is that noun), it does not speak. */
    private static boolean indefinite(Mention m) {
        String t = m.text();
        return !m.pronoun() && (t.startsWith("a ") || t.startsWith("an ") || t.startsWith("A ")
                || t.startsWith("An ")) && m.name() != null && !m.name().equals(t);
    }

    /**
     * "“…,” Smith said" (the source right after the quote) or "… “…” for the talks, Smith said." (a comma
     * before the source and little after the verb); not "“…” and Trump says he …", another clause.
     */
    private static boolean closesSentence(List<Token> a, int s, Mention m, int c) {
        if (m.span().start() == a.get(s).start()) {
            return true;
        }
        int k = s;
        while (k < c && a.get(k).start() < m.span().start()) {
            k++;
        }
        return k > s && a.get(k - 1).text().equals(",") && a.size() - c <= 6;
    }

    private Attribution accordingTo(List<Token> w) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.get(i).is("according") && w.get(i + 1).is("to")) {
                Mention m = phrases.inverted(w, i + 1, w.size());
                if (m != null) {
                    return new Attribution(new Span(w.get(i).start(), w.get(i + 1).end()), m,
                            Attribution.Rule.ACCORDING_TO);
                }
            }
        }
        return null;
    }

    /** The first reporting verb in {@code w} with a plausible source, as an attribution; null if none. */
    Attribution firstCue(List<Token> w, Attribution.Rule rule) {
        for (int c = 0; c < w.size(); c++) {
            if (CueLexicon.isCue(w.get(c)) && (!w.get(c).isCapitalized() || c == 0)) {
                Mention agent = leadIns.passiveAgent(w, c);
                if (agent != null && known(agent)) {
                    return new Attribution(cueSpan(w, c), agent, rule);
                }
                Mention inverted = commaInversion(w, c);
                if (inverted != null) {
                    return new Attribution(cueSpan(w, c), inverted, rule);
                }
                if (LeadIn.participleClause(w, c)) {
                    Mention main = leadIns.earlierSource(w, c);
                    if (main != null) {
                        return new Attribution(cueSpan(w, c), main, rule);
                    }
                    continue;
                }
                Mention m = phrases.subject(w, c, 0);
                if (m != null && (embedded(w, c, m) || LeadIn.participleOpener(w, c, m))) {
                    continue;
                }
                if (m != null && objectBeforeParticiple(w, c, m)) {
                    Mention verbSubject = phrases.subject(w, verbBefore(w, m), 0);
                    if (verbSubject != null && known(verbSubject) && !verbSubject.pronoun()) {
                        return new Attribution(cueSpan(w, c), verbSubject, rule);
                    }
                    Attribution main = leadIns.mainSubject(w.subList(0, c));
                    if (main != null) {
                        return new Attribution(cueSpan(w, c), main.source(), rule);
                    }
                }
                if (m == null && invertible(w, c)) {
                    m = phrases.inverted(w, c, w.size());
                }
                if (m != null && known(m)) {
                    return new Attribution(cueSpan(w, c), m, rule);
                }
            }
        }
        return null;
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
     * "…, forcing her to fend off both rivals, said Brad Lee, a pollster.": a reporting verb after a comma with
     * a named person right after it, and that name closed by punctuation, is the inverted "said X"; the
     * person before the comma is part of the reported words. Null when the shape differs.
     */
    private Mention commaInversion(List<Token> w, int c) {
        if (c < 1 || !w.get(c - 1).text().equals(",") || !invertible(w, c) || LeadIn.tellsHearer(w.get(c))) {
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

    /**
     * Whether the words after the verb at {@code c} can be its source ("…, said Smith"): not after a
     * participle ("…, urging voters …"), an infinitive ("to accuse the campaign") nor after a verb that
     * continues a clause ("… and told reporters …") or opens a relative clause ("… who has advised Obama …"),
     * where they are its object.
     */
    private static boolean invertible(List<Token> w, int c) {
        String v = w.get(c).norm();
        if (v.endsWith("ing")) {
            return false;
        }
        int p = c - 1;
        while (p > 0 && AUXILIARY.contains(w.get(p).norm())) {
            p--;
        }
        return p < 0 || !w.get(p).isWord() || !(w.get(p).is("and") || w.get(p).is("but")
                || w.get(p).is("or") || w.get(p).is("then") || w.get(p).is("to")
                || RELATIVE.contains(w.get(p).norm()));
    }

    /**
     * The first reporting verb with a plausible source in the quote's own clause (after the last "; ", dash,
     * ", but" / ", while" …, "and" before a name, or an unclosed "after" / "when" … clause), else in the whole
     * window: "Russia denies …, but Putin has accused … and warned of
     * a “…”" gives Putin; "He said at the meeting, Moscow wanted “…”" gives he.
     */
    private Attribution clauseCue(List<Token> w) {
        int start = QuoteClause.start(w);
        List<Token> clause = w.subList(start, w.size());
        Attribution a = start > 0 ? firstCue(clause, Attribution.Rule.IN_SENTENCE) : null;
        return a != null && QuoteClause.opensWithCue(clause, a) ? a : firstCue(w, Attribution.Rule.IN_SENTENCE);
    }



    /**
     * A quote ending its paragraph, signed on the next line: "“…”" then "- Bernie Sanders." or
     * "—Michelle Marks, Philadelphia." (fact-check and letters formats).
     */
    private Attribution dashLine(MarkedQuote q) {
        int pi = index.paragraphIndex(q.close());
        if (pi < 0 || pi + 1 >= index.paragraphs().size()
                || index.paragraph(pi).end() - q.close() > 2) {
            return null;
        }
        Span next = index.paragraph(pi + 1);
        List<Token> w = collect(next.start(), next.end());
        if (w.size() < 2 || !(w.get(0).text().equals("-") || w.get(0).text().equals("—")
                || w.get(0).text().equals("–"))) {
            return null;
        }
        Mention m = nameAfterDash(w);
        return m != null && m.kind() == SpeakerKind.PERSON ? new Attribution(w.get(0).span(), m,
                Attribution.Rule.NEXT_SENTENCE) : null;
    }

    /** "“…” — Jane Doe" or "“…” ― Jane Doe, author": a quote signed with a dash and a name in its own sentence. */
    private Attribution signed(List<Token> w) {
        if (w.size() < 2 || !isSignDash(w.get(0))) {
            return null;
        }
        Mention m = nameAfterDash(w);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun()
                ? new Attribution(w.get(0).span(), m, Attribution.Rule.AFTER) : null;
    }

    /**
     * The mention written as up to five capitalised words right after the dash {@code w[0]} and ended by a
     * comma, a full stop or the end of {@code w} ("- Jane Doe, author"), or null.
     */
    private Mention nameAfterDash(List<Token> w) {
        int e = 1;
        while (e < w.size() && e <= 5 && w.get(e).isWord() && w.get(e).isCapitalized()) {
            e++;
        }
        if (e == 1 || e < w.size() && !(w.get(e).text().equals(",") || w.get(e).text().equals("."))) {
            return null;
        }
        return org.newsquotes.extraction.speaker.MentionParser.parse(index.text(), w.subList(1, e), null);
    }

    private static boolean isSignDash(Token t) {
        String s = t.text();
        return s.equals("—") || s.equals("―") || s.equals("–") || s.equals("-") || s.equals("--");
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
        Attribution a = firstCue(w, Attribution.Rule.IN_SENTENCE);
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
        return a != null ? a : accordingTo(w);
    }

    /** "“…” Smith said." where the attribution is a sentence of its own. */
    private Attribution nextSentence(MarkedQuote q) {
        int si = index.sentenceIndex(q.close());
        if (si < 0 || si + 1 >= index.sentences().size()) {
            return null;
        }
        Span next = index.sentence(si + 1);
        int pi = index.paragraphIndex(q.close());
        if (pi < 0 || !index.paragraph(pi).contains(next)) {
            return null;
        }
        List<Token> w = collect(next.start(), next.end());
        Attribution a = afterDirect(w);
        if (a == null && endsInSpeech(q)) {
            a = UnlistedCue.after(w, phrases, index.text());
        }
        if (a == null) {
            return null;
        }
        int tail = tokens.firstAtOrAfter(a.cue().end());
        int last = tokens.firstAtOrAfter(next.end());
        return last - tail <= NEXT_SENTENCE_TAIL || exclaims(q, next)
                ? new Attribution(a.cue(), a.source(), Attribution.Rule.NEXT_SENTENCE) : null;
    }

    /**
     * "Smith said …. “…”" (the sentence before, same paragraph) or "He told his audience:" ending the
     * paragraph before one that opens with the quote.
     */
    private Attribution previousSentence(MarkedQuote q) {
        int si = index.sentenceIndex(q.open());
        int pi = index.paragraphIndex(q.open());
        if (si < 1 || pi < 0 || !QuoteShape.startsSentence(q, index)) {
            return null;
        }
        Span prev = index.sentence(si - 1);
        boolean samePara = index.paragraph(pi).contains(prev);
        boolean colonLead = !samePara && pi > 0 && index.paragraph(pi - 1).contains(prev)
                && index.text().charAt(prev.end() - 1) == ':';
        Attribution a = samePara || colonLead ? sources.of(si - 1) : null;
        return a == null ? null : new Attribution(a.cue(), a.source(), Attribution.Rule.PREVIOUS_SENTENCE);
    }

    /**
     * "“Why not?” Jo Lee said of the long plan in the spring." : a question or exclamation mark ends the
     * sentence inside the quote, so the next sentence, begun on the same line, is its attribution however long
     * it runs on after the verb (after a full stop, "“We won.” Lee said the vote …" is a sentence of its own).
     */
    private boolean exclaims(MarkedQuote q, Span next) {
        String text = index.text();
        int i = q.close() - 1;
        if (i < 0 || text.charAt(i) != '?' && text.charAt(i) != '!') {
            return false;
        }
        for (int k = q.close() + 1; k < next.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean known(Mention m) {
        return leadIns.known(m);
    }

    /** The cue span, extended over "in a statement", "told reporters" and the like. */
    private static Span cueSpan(List<Token> w, int c) {
        return CueSpan.extend(w, c);
    }
}
