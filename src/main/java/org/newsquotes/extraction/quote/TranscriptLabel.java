package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * A transcript line caught between quote marks: "“WALLACE: Let me ask you …”", "“Chris Matthews: Seriously …”".
 * The speaker label opening the quote, before its colon, is the source. A label is one to three words written in
 * capitals (a surname as transcripts print it, not a listed rubric such as "VIDEO" or "UPDATE") or a first name
 * and a surname; book titles and headlines ("Crippled America: How …", "Missouri: …") are not labels.
 * Stateless. Limits: reads only the first four tokens of the quote, and only a quote opening its sentence.
 */
final class TranscriptLabel {

    private static final int MAX_WORDS = 3;
    private static final Set<String> RUBRICS = Set.of("video", "update", "updated", "breaking", "exclusive",
            "watch", "note", "editor", "editors", "read", "source", "sources", "photo", "photos", "audio", "q",
            "a", "question", "answer", "warning", "live", "related", "full", "transcript", "ps", "p.s");

    private TranscriptLabel() {
    }

    /**
     * The speaker label opening quote {@code q}, which must open its sentence (a title or a chanted slogan
     * inside a sentence is no transcript line), as an attribution whose cue is the colon; or null.
     */
    static Attribution of(MarkedQuote q, ArticleTokens tokens, TextIndex index) {
        if (!QuoteShape.startsSentence(q, index)) {
            return null;
        }
        String text = index.text();
        int i = tokens.firstAtOrAfter(q.inner().start());
        int colon = -1;
        for (int k = i; k < tokens.size() && k - i <= MAX_WORDS; k++) {
            if (tokens.get(k).start() >= q.inner().end()) {
                return null;
            }
            if (tokens.get(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon <= i || colon + 1 >= tokens.size() || tokens.get(colon + 1).start() >= q.inner().end()) {
            return null;
        }
        List<Token> label = tokens.tokens().subList(i, colon);
        if (!isLabel(label)) {
            return null;
        }
        Mention m = allCapitals(label) ? surname(text, label) : MentionParser.parse(text, label, null);
        return m == null || m.kind() != SpeakerKind.PERSON || m.pronoun() ? null
                : new Attribution(tokens.get(colon).span(), m, Attribution.Rule.LEAD_IN);
    }

    /** "WALLACE", "JAKE TAPPER": a transcript's label in capitals names a person (not an acronym). */
    private static Mention surname(String text, List<Token> label) {
        Span span = new Span(label.get(0).start(), label.get(label.size() - 1).end());
        String phrase = span.of(text);
        return new Mention(span, phrase, phrase, null, SpeakerKind.PERSON, false, Gender.UNKNOWN);
    }

    private static boolean allCapitals(List<Token> label) {
        for (Token t : label) {
            if (t.text().length() < 3 || !t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** All words in capitals (not a rubric), or a known first name then capitalised words. */
    static boolean isLabel(List<Token> label) {
        for (Token t : label) {
            if (!t.isWord() || !t.isCapitalized() || RUBRICS.contains(t.norm())) {
                return false;
            }
        }
        return allCapitals(label) || label.size() >= 2 && Gender.isFirstName(label.get(0).norm());
    }
}
