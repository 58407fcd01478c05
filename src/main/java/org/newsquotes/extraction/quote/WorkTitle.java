package org.newsquotes.extraction.quote;

import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a title-like marked passage names a programme, show or other work rather than quoting anyone:
 * it follows an organisation's possessive ("on CNN’s “New Day,”"), the words "on" or "with" ("appeared on
 * “Meet the Press”"), or comes before a word for a role in or kind of show ("the “Avatar” star", "“Off
 * Message” podcast"). PolNeAR does not annotate such names as attributions. Only asked of passages that
 * already look like titles (short, every word capitalised). Limits: a slogan printed on "CNN’s “…”"
 * screen would be dropped too.
 */
final class WorkTitle {

    private static final Set<String> BEFORE = Set.of("on", "with");
    private static final Set<String> AFTER = Set.of("star", "stars", "host", "hosts", "anchor", "actor", "actress",
            "creator", "show", "podcast", "program", "programme", "series", "episode", "producer");

    private WorkTitle() {
    }

    /** Whether the title-like passage {@code q} names a work by its surroundings. */
    static boolean names(MarkedQuote q, ArticleTokens tokens) {
        int open = tokens.firstAtOrAfter(q.open());
        if (open > 0 && tokens.quoteOf(open - 1) < 0) {
            Token prev = tokens.get(open - 1);
            if (prev.end() >= q.open() - 1 && organisationPossessive(prev) || BEFORE.contains(prev.norm())) {
                return true;
            }
        }
        int next = tokens.firstAtOrAfter(q.close() + 1);
        return next < tokens.size() && tokens.quoteOf(next) < 0 && AFTER.contains(tokens.get(next).norm())
                && tokens.get(next).start() - q.close() <= 2;
    }

    /** "CNN’s", "ABC's", "Fox News Channel’s" (the last word). */
    private static boolean organisationPossessive(Token t) {
        String s = t.text();
        return t.isCapitalized() && s.length() > 2 && (s.endsWith("’s") || s.endsWith("'s"));
    }
}
