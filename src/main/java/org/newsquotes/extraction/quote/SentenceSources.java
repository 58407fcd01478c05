package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * For every sentence, the first attribution written outside quotes ("Peskov said Wednesday that …",
 * "…, Greene said."): the reporting verb and its source. These feed pronoun resolution (the most recent
 * speaker, quoted or not) and attribute a quote whose own sentence has none to the sentence before it
 * ("Clinton has since apologized: “…”"). A sentence with no quote and no reporting verb gives its named subject
 * instead ("Lee distanced himself from the group. “…”"), when {@link #narrator} accepts it. One linear pass
 * over the tokens (and, for one-word subjects, one sort of the article's words).
 */
public final class SentenceSources {

    private final Attribution[] bySentence;
    private final List<Attribution> subjects = new ArrayList<>();

    public SentenceSources(TextIndex index, ArticleTokens tokens, AttributionFinder finder) {
        List<Span> sentences = index.sentences();
        this.bySentence = new Attribution[sentences.size()];
        NameEchoes echoes = new NameEchoes(index.text());
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Span sent = sentences.get(s);
            while (t < tokens.size() && tokens.get(t).start() < sent.start()) {
                t++;
            }
            List<Token> run = new ArrayList<>();
            boolean quoted = false;
            Attribution after = null;
            while (t < tokens.size() && tokens.get(t).start() < sent.end()) {
                if (tokens.quoteOf(t) >= 0) {
                    after = trailing(after, run, quoted, finder);
                    quoted = true;
                    bySentence[s] = first(bySentence[s], run, finder);
                    run = new ArrayList<>();
                } else {
                    run.add(tokens.get(t));
                }
                t++;
            }
            after = trailing(after, run, quoted, finder);
            bySentence[s] = after != null ? after : first(bySentence[s], run, finder);
            if (bySentence[s] == null) {
                Attribution subject = finder.namedSubject(tokens, sent);
                if (subject != null) {
                    subjects.add(subject);
                    if (!quoted && narrator(subject.source(), echoes)) {
                        bySentence[s] = subject;
                    }
                }
            }
        }
    }

    /**
     * Whether the named subject of a sentence with no quote and no reporting verb ("Lee distanced himself from
     * the group.") may speak the quote that follows it: a person whose name holds two words, or a role phrase,
     * or whose one-word name is also written after another word somewhere in the article (so a capitalised
     * sentence opener such as "Wait" or a misspelt term is not taken for a surname; {@link NameEchoes}, which
     * also finds "Lee" at the start of "Leeds").
     */
    static boolean narrator(Mention m, NameEchoes echoes) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun() || m.name() == null) {
            return false;
        }
        String name = m.name().trim();
        if (name.indexOf(' ') > 0 || m.role() != null) {
            return true;
        }
        return echoes.afterWord(name);
    }

    /**
     * "Her friends have mocked him, calling Lee “…,” Susan said.": the source written right after a closing
     * quote ("“…,” Susan said") is who speaks in the sentence, over an earlier reporting verb; the first such,
     * when it is a person's name (a role such as "the senator" there leaves the first verb's source).
     */
    private static Attribution trailing(Attribution found, List<Token> run, boolean afterQuote,
            AttributionFinder finder) {
        if (found != null || !afterQuote || run.isEmpty()) {
            return found;
        }
        Attribution a = finder.trailing(run);
        return a != null && a.source().kind() == SpeakerKind.PERSON && named(a.source().name()) ? a : null;
    }

    /** A person's name proper ("Susan Lee"), not a role ("the senator", "campaign spokeswoman"). */
    private static boolean named(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        for (String word : name.trim().split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Attribution first(Attribution found, List<Token> run, AttributionFinder finder) {
        return found != null || run.isEmpty() ? found : finder.sentenceAttribution(run);
    }

    /** The attribution of sentence {@code i}, or null. */
    public Attribution of(int sentence) {
        return sentence >= 0 && sentence < bySentence.length ? bySentence[sentence] : null;
    }

    /**
     * All sentence attributions, plus the named subjects of sentences with no reporting verb ("Obama himself
     * seemed to recognize …"), which count as recent speakers for pronouns. Not in text order.
     */
    public List<Attribution> all() {
        List<Attribution> out = new ArrayList<>(subjects);
        for (Attribution a : bySentence) {
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
