package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * Reads an attribution written right after a quote: "“…,” Smith said", "“…,” said Smith", "“…” — said Jo Lee",
 * "“…,” Jo Lee, assistant secretary for refugees, schools, and parks, said" (a name before a long aside), "“…”
 * for the talks, Smith said." (a comma before the source, little after the verb) and "“…,” Will wrote." (one
 * capitalised word before the verb is a surname). Immutable; reads at most {@link QuoteWindow#MAX_WINDOW}
 * tokens. Limits: a full stop or semicolon before a reporting verb ends the search; "“…” and Trump says he …",
 * "“…” until Haley said …" (another clause) and "a Jo Smith tweet" (a name modifying a noun) are refused.
 */
final class TrailingSource {

    /** How far after the quote a reporting verb with an ordinary subject is looked for. */
    private static final int AFTER_REACH = 16;
    /** Opening a clause of its own right after the quote ("as" is left out: "“…,” as Lee put it"). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("until", "when", "after",
            "before", "because", "since", "while", "if", "unless", "although", "though", "once", "whereas");

    private final String text;
    private final SourcePhrase phrases;
    private final LeadIn leadIns;

    TrailingSource(String text, SourcePhrase phrases, LeadIn leadIns) {
        this.text = text;
        this.phrases = phrases;
        this.leadIns = leadIns;
    }

    /** The attribution written in the words {@code a} right after a quote, or null. */
    Attribution of(List<Token> a) {
        Attribution found = phrase(a);
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
        Mention m = new Mention(w.span(), w.text(), w.text(), null, SpeakerKind.PERSON, false, Gender.UNKNOWN);
        return new Attribution(CueSpan.extend(a, 1), m, Attribution.Rule.AFTER);
    }

    private Attribution phrase(List<Token> a) {
        int s = 0;
        while (s < a.size() && LeadIn.isDash(a.get(s))) {
            s++;
        }
        if (s >= a.size() || SUBORDINATORS.contains(a.get(s).norm())) {
            return null; // "“…” until Haley said she …": another clause, not the quote's source
        }
        if (CueLexicon.isCue(a.get(s))) {
            if (a.get(s).norm().endsWith("ing")) {
                return null;
            }
            Mention m = phrases.invertedPhrase(a, s, a.size());
            return m == null || !known(m, a, s + 1) ? null : new Attribution(CueSpan.extend(a, s),
                    QualifiedSource.of(m, a, s + 1, text), Attribution.Rule.AFTER);
        }
        for (int c = s + 1; c < a.size() && c - s <= QuoteWindow.MAX_WINDOW; c++) {
            Token t = a.get(c);
            if (t.text().equals(".") && !Lexicon.isPartyTag(a.get(c - 1)) || t.text().equals(";")) {
                return null;
            }
            if (c - s > AFTER_REACH) {
                Mention named = ReportingVerb.at(a, c) ? NameBeforeAside.of(text, a, s, c) : null;
                if (named != null && leadIns.known(named)) {
                    return new Attribution(CueSpan.extend(a, c), named, Attribution.Rule.AFTER);
                }
                continue;
            }
            if (ReportingVerb.at(a, c)) {
                Mention m = phrases.subject(a, c, s);
                if (m != null && m.kind() == SpeakerKind.PERSON && indefinite(m)) {
                    continue;
                }
                if (m == null || m.span().start() != a.get(s).start()) {
                    Mention named = NameBeforeAside.of(text, a, s, c);
                    m = named != null ? named : m;
                }
                return m == null || !known(m, a, s) || !closesSentence(a, s, m, c) ? null
                        : new Attribution(CueSpan.extend(a, c), m, Attribution.Rule.AFTER);
            }
        }
        return null;
    }

    /**
     * Whether {@code m} is a plausible source here: one the lead-in rules accept, or a described one ("the
     * Texan", "one Trump confidant", "this look-alike") written right at {@code at}, next to the quote or
     * its verb, opening with a determiner and closed by punctuation or the verb: nothing else stands in that place.
     */
    private boolean known(Mention m, List<Token> a, int at) {
        if (leadIns.known(m)) {
            return true;
        }
        if (at >= a.size() || m.span().start() != a.get(at).start() || m.pronoun()
                || !Lexicon.isDeterminer(a.get(at)) || a.get(at).is("that")) {
            return false;
        }
        if (QualifiedSource.groupHead(a, at)) {
            return true; // "a source close to the mayor", "a person familiar with the talks"
        }
        int e = at;
        while (e < a.size() && a.get(e).end() < m.span().end()) {
            e++;
            if (e < a.size() && Lexicon.isFunctionWord(a.get(e))) {
                return false; // "the sign above the bakery door": a place, no speaker
            }
        }
        boolean closed = e + 1 >= a.size() || !a.get(e + 1).isWord() || ReportingVerb.at(a, e + 1);
        return e > at && e < a.size() && !Lexicon.isFunctionWord(a.get(e)) && closed;
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
}
