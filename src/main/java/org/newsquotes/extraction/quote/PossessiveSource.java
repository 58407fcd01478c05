package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * A speech noun owned by a named source: "Jo Lee’s claim that …", "Lee’s recent pledge to …", "Jo Lee’s “…”
 * comment". The owner (without its possessive ending) is the source of the words quoted with the noun, when the
 * noun's content follows it ("that", "to", a colon or the quote itself; not "Lee’s claims about “…”"). Reads
 * only the tokens before the quote and the first token after it. Limits: the noun must follow the possessive
 * within three lower-case words; "the mayor’s office said" is not read here (the office speaks, via its verb).
 */
final class PossessiveSource {

    private static final int REACH = 3;
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "by", "about", "over", "on", "with", "for",
            "to", "from", "against", "at");
    private static final Set<String> SPEECH_NOUNS = Set.of("claim", "claims", "assertion", "accusation",
            "accusations", "pledge", "promise", "vow", "comment", "comments", "remark", "remarks", "statement",
            "warning", "argument", "suggestion", "insistence", "contention", "admission", "boast", "charge",
            "dictum", "conclusion", "slogan", "words", "tweet", "description", "characterization", "quip",
            "catchphrase", "declaration", "prediction", "threat", "line", "phrase", "message", "demand", "plea",
            "response", "answer", "retort");

    private final String text;

    PossessiveSource(String text) {
        this.text = text;
    }

    /**
     * The owner of the last speech noun in {@code before} ("Jo Lee’s claim that … “…”"), or of the noun right
     * after the quote when the quote follows a possessive ("Lee’s “…” comment"); null when neither.
     */
    Attribution of(List<Token> before, List<Token> after) {
        int n = before.size();
        if (n > 0 && !after.isEmpty() && SPEECH_NOUNS.contains(after.get(0).norm())) {
            Mention m = owner(before, n - 1);
            if (m != null) {
                return new Attribution(after.get(0).span(), m, Attribution.Rule.IN_SENTENCE);
            }
        }
        for (int k = n - 1; k > 0; k--) {
            if (!SPEECH_NOUNS.contains(before.get(k).norm())) {
                continue;
            }
            String next = k + 1 < n ? before.get(k + 1).norm() : null;
            if (next != null && !next.equals("that") && !next.equals("to")
                    && !((next.equals(",") || next.equals(":")) && k + 2 == n)) {
                return null;
            }
            for (int p = k - 1; p >= 0 && k - p <= REACH; p--) {
                Token t = before.get(p);
                if (t.isPossessive()) {
                    Mention m = owner(before, p);
                    return m == null ? null : new Attribution(before.get(k).span(), m, Attribution.Rule.IN_SENTENCE);
                }
                if (!t.isWord() || t.isCapitalized()) {
                    break;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "Pence blamed the media for an issue out of Trump’s claim that Obama “founded ISIS”": the owner of a speech
     * noun inside a prepositional phrase after the clause's reporting verb, nearer the quote and followed by its
     * content ("that", "to"), is the source of the claim's words; else {@code cue} ("Lee called Trump’s charge
     * “…”" judges the charge: Lee's words; "Lee spoke about Ann’s phrase “…”" uses the phrase: Lee's).
     */
    static Attribution nearer(Attribution cue, Attribution owner, List<Token> before) {
        if (cue == null || owner == null || owner.cue().start() < cue.cue().start()) {
            return cue;
        }
        int k = before.size() - 1;
        while (k >= 0 && before.get(k).start() >= owner.source().span().start()) {
            k--;
        }
        if (k < 0 || !OWNER_PREPOSITIONS.contains(before.get(k).norm())) {
            return cue;
        }
        int noun = k;
        while (noun < before.size() && before.get(noun).start() < owner.cue().start()) {
            noun++;
        }
        Token next = noun + 1 < before.size() ? before.get(noun + 1) : null;
        return next != null && (next.is("that") || next.is("to")) ? owner : cue;
    }

    /** The named person or organisation ending in the possessive token {@code p}, without "’s"; or null. */
    private Mention owner(List<Token> w, int p) {
        Token last = w.get(p);
        if (!last.isPossessive() || !last.isCapitalized() || !Lexicon.isNameToken(last) && !Lexicon.isTitle(last)) {
            return null;
        }
        int s = p;
        while (s > 0 && p - s < 4 && w.get(s - 1).isWord() && (w.get(s - 1).isCapitalized()
                || Lexicon.isConnector(w.get(s - 1)) && s - 2 >= 0 && w.get(s - 2).isCapitalized())) {
            s--;
        }
        while (s < p && !w.get(s).isCapitalized()) {
            s++;
        }
        Mention m = MentionParser.parse(text, w.subList(s, p + 1), null);
        if (m == null || m.pronoun() || !(m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION)) {
            return null;
        }
        return withoutEnding(m, last, text);
    }

    /** Mention {@code m}, which ends in the possessive token {@code last}, without its "’s" (or "’"). */
    static Mention withoutEnding(Mention m, Token last, String text) {
        int cut = last.text().length() - (last.text().endsWith("s") ? 2 : 1);
        int end = last.start() + cut;
        String name = m.name().substring(0, m.name().length() - (last.end() - end));
        return new Mention(new Span(m.span().start(), end), text.substring(m.span().start(), end), name, m.role(),
                m.kind(), false, m.gender());
    }
}
