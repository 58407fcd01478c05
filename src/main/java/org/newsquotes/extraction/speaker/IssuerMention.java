package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * A document taken for the source ("she released a statement saying …", "Okafor issued a statement calling
 * …", "she revised her statement explaining …"), for {@link MentionParser}: the one who issued it is the
 * source. "his"/"her"/"their" before the document word stand for "he"/"she"/"they"; "a"/"an" before it look
 * back over an issuing verb ("issued", "released", "sent" …) to the pronoun or the capitalised names before it
 * ("Okafor and Lind issued a statement").
 * Null when the phrase is no such document or no issuer is written right there. Limits: word lists; the
 * issuer must stand right before the verb ("the campaign quickly issued a statement" is not read).
 */
final class IssuerMention {

    private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "email", "e-mail", "memo", "tweet",
            "post", "video", "release", "op-ed", "column", "essay", "message", "note");
    private static final Set<String> VERBS = Set.of("issued", "released", "sent", "posted", "wrote", "signed",
            "published", "tweeted", "penned", "revised", "put", "out", "read", "shared", "emailed");
    private static final int LOOK_BACK = 80;

    private IssuerMention() {
    }

    /** The issuer's mention for the document phrase {@code np}, or null. */
    static Mention issuer(String text, List<Token> np) {
        if (np.size() != 2 || !DOCUMENTS.contains(np.get(1).norm())) {
            return null;
        }
        Token det = np.get(0);
        if (det.is("his") || det.is("her") || det.is("their")) {
            return MentionParser.parse(text, np.subList(0, 1), null);
        }
        if (!det.is("a") && !det.is("an")) {
            return null;
        }
        int from = Math.max(0, det.start() - LOOK_BACK);
        List<Token> before = Tokenizer.tokenize(text, from, det.start(), false);
        int v = before.size() - 1;
        if (v >= 1 && before.get(v).is("out") && before.get(v - 1).is("put")) {
            v--;
        }
        if (v < 1 || !VERBS.contains(before.get(v).norm()) || before.get(v).isCapitalized()) {
            return null;
        }
        Token subject = before.get(v - 1);
        if (subject.is("he") || subject.is("she") || subject.is("they")) {
            return MentionParser.parse(text, before.subList(v - 1, v), null);
        }
        int s = v;
        while (s > 0 && before.get(s - 1).isWord() && (before.get(s - 1).isCapitalized()
                || Lexicon.isTitle(before.get(s - 1))
                || before.get(s - 1).is("and") && s > 1 && before.get(s - 2).isCapitalized())) {
            s--;
        }
        while (s < v && Lexicon.isFunctionWord(before.get(s)) && !before.get(s).is("the")) {
            s++;
        }
        if (s == v || NameShape.nameStart(before.subList(s, v)) >= v - s) {
            return null;
        }
        return MentionParser.parse(text, before.subList(s, v), null);
    }
}
