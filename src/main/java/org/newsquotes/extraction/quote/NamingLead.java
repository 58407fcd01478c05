package org.newsquotes.extraction.quote;

import java.util.Set;
import org.newsquotes.extraction.text.Determiners;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a marked passage is introduced as a name, a slogan or words someone said: the word right before
 * the opening mark (punctuation skipped) is a naming word ("called", "titled", "dubbed", "known as",
 * "a sign reading", "chanting", "the slogan") or a reporting verb ("said", "tweeted"), possibly followed by an
 * article ("called the “…”") or, for chants and signs, by "of" ("chants of “…”"); or the word right after
 * the closing mark names a chant or sign ("“…!” chants", "“…” signs"). Such short title-like passages are
 * usually the words of someone (a crowd, a campaign, a sign), so the detector keeps them. Limits: looks at
 * two words before and one after the mark only; "a play called “…”" is kept like a slogan; "the name “…”"
 * is not a lead (on train it introduced mentioned words more often than quotes).
 */
final class NamingLead {

    private static final Set<String> NAMING = Set.of("called", "dubbed", "named", "titled", "entitled", "labeled",
            "labelled", "billed", "nicknamed", "branded", "as", "read", "reads", "reading", "chanting", "chanted",
            "chant", "chants", "slogan", "slogans", "motto", "hashtag", "word", "words", "phrase", "term");
    private static final Set<String> CHORUS = Set.of("chants", "chant", "cries", "shouts", "chorus", "choruses",
            "sign", "signs");

    private NamingLead() {
    }

    /**
     * Whether the passage {@code q} follows a naming word or a reporting verb, or comes right before a word for
     * a chant ("“Four more years!” chants").
     */
    static boolean introduces(MarkedQuote q, ArticleTokens tokens) {
        int after = tokens.firstAtOrAfter(q.close() + 1);
        if (q.closed() && after < tokens.size() && tokens.quoteOf(after) < 0
                && tokens.get(after).start() - q.close() <= 2 && CHORUS.contains(tokens.get(after).norm())) {
            return true;
        }
        int k = previousWord(tokens, tokens.firstAtOrAfter(q.open()) - 1);
        if (k < 0) {
            return false;
        }
        String w = tokens.get(k).norm();
        if (names(w)) {
            return true;
        }
        int j = previousWord(tokens, k - 1);
        if (j < 0) {
            return false;
        }
        String v = tokens.get(j).norm();
        return Determiners.ARTICLES.contains(w) && names(v) || w.equals("of") && CHORUS.contains(v);
    }

    private static boolean names(String lowerWord) {
        return NAMING.contains(lowerWord) || CueLexicon.isCue(lowerWord);
    }

    /** The nearest word token at or before {@code k}, skipping up to two punctuation marks; -1 if none. */
    private static int previousWord(ArticleTokens tokens, int k) {
        for (int skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
            if (tokens.quoteOf(k) >= 0) {
                return -1;
            }
            if (tokens.get(k).isWord()) {
                return k;
            }
        }
        return -1;
    }
}
