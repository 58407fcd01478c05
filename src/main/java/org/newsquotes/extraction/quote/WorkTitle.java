package org.newsquotes.extraction.quote;

import java.util.Set;
import org.newsquotes.extraction.text.RegexSpace;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.WordSet;

/**
 * Whether a title-like marked passage names a programme, show or other work rather than quoting anyone:
 * it follows an organisation's possessive ("on CNN’s “New Day,”", also a medium's in lower case:
 * "television’s “…”"), the words "on", "with" or "told" ("appeared on “Meet the Press”", "told “Fox and
 * Friends”"), a role and "of" ("the author of “…”", "the hosts of “…”"), or a word for a kind of
 * work ("his podcast “…”", "his 2002 book, “…”") or an airing of one ("Tuesday’s episode of “…”"), or comes before a word for a role in or kind of show
 * ("the “Avatar” star", "“Off Message” podcast"), or is followed by a comma, "by" and its author ("“The Long
 * Tide,” by Ann Roe"). PolNeAR does not annotate such names as attributions. Only asked of passages that
 * already look like titles (short, every word capitalised). Limits: a slogan printed on "CNN’s “…”"
 * screen would be dropped too.
 * {@link #setOff} also drops passages of any shape set off by commas right after such a kind-of-work word
 * ("The movie, “Nine Days in Harbour Town,” opens Friday"; "Ann Roe's commentary, “Tell your story,” is
 * thoughtful"): an appositive naming the work. The kind word must follow a determiner or possessive by at
 * most one word, so "his grant program, “we ran out,” she said" is kept. Limits: needs both commas.
 */
final class WorkTitle {

    private static final Set<String> BEFORE = Set.of("on", "with", "told");
    /** Roles in or around a work, before "of" ("the author of “…”", "the hosts of “…”", "its revival of “…”"). */
    private static final Set<String> ROLE_OF = Set.of("author", "co-author", "coauthor", "editor", "co-editor",
            "host", "hosts", "anchor", "creator", "creators", "producer", "director", "revival", "season");
    /** Kinds of work right before the title ("the podcast “…”", "his book, “…”"). */
    private static final WordSet KIND = WordSet.of("podcast", "show", "program", "programme", "series", "film",
            "movie", "documentary", "book", "memoir", "autobiography", "biography", "novel", "album", "song",
            "anthem", "play", "musical", "column", "commentary", "editorial", "essay", "sitcom");
    /** Words for one airing of a programme ("Sunday’s broadcast of “…”"). */
    private static final Set<String> AIRING = Set.of("broadcast", "episode", "edition", "installment", "segment");
    /** Media whose possessive names a programme even in lower case ("television’s “…”"). */
    private static final Set<String> MEDIUM = Set.of("channel", "network", "television", "radio", "station");
    private static final Set<String> AFTER = Set.of("star", "stars", "host", "hosts", "anchor", "actor", "actress",
            "creator", "show", "podcast", "program", "programme", "series", "episode", "producer");

    /** Determiners before a kind-of-work word, compared ignoring ASCII case ("the movie, “", "His book, “"). */
    private static final String[] DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
        "this", "that"};

    private WorkTitle() {
    }

    /** Whether {@code q} is an appositive set off by commas after a kind-of-work word ("the movie, “…,”"). */
    static boolean setOff(MarkedQuote q, String text) {
        if (!q.closed() || q.runsOn() || q.continued()) {
            return false;
        }
        if (!kindComma(text, Math.max(0, q.open() - 30), q.open())) {
            return false;
        }
        int end = q.inner().end();
        return commaClose(text, end) || text.charAt(end - 1) == ',' && end < text.length()
                && CommaMarks.isMark(text.charAt(end));
    }

    /**
     * Whether {@code text[from, to)} ends with a {@link #KIND} word and a comma (spaces after it allowed),
     * after a space, at most one more word and a determiner or a possessive ("the movie, ", "Ann Roe's new
     * book, ", "his 2002 book,"). Words are runs between {@link RegexSpace#is spaces}; the kind word is
     * ASCII letters and hyphens; a possessive is any word ending in an apostrophe, or in one and "s".
     */
    static boolean kindComma(String text, int from, int to) {
        int e = to;
        if (e > from && lineEnd(text.charAt(e - 1))) {
            e--;
        }
        e = spacesBack(text, from, e);
        if (e == from || text.charAt(e - 1) != ',') {
            return false;
        }
        int w = e - 1;
        while (w > from && (isAsciiLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
            w--;
        }
        if (w == e - 1 || w == from || !RegexSpace.is(text.charAt(w - 1))
                || !KIND.containsLowerCase(text, w, e - 1)) {
            return false;
        }
        int wordEnd = spacesBack(text, from, w);
        if (wordEnd == from) {
            return false;
        }
        int wordStart = wordBack(text, from, wordEnd);
        if (determiner(text, wordStart, wordEnd)) {
            return true;
        }
        int detEnd = spacesBack(text, from, wordStart);
        return detEnd > from && determiner(text, wordBack(text, from, detEnd), detEnd);
    }

    /** Whether {@code text} at {@code i} holds a comma and one or two closing marks, or the other way round. */
    static boolean commaClose(String text, int i) {
        return CommaMarks.startsAt(text, i, Math.min(text.length(), i + 4));
    }

    /** Line ends other than "\n" and "\r" that a regex {@code $} may stand before. */
    private static boolean lineEnd(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int spacesBack(String text, int from, int i) {
        while (i > from && RegexSpace.is(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordBack(String text, int from, int i) {
        while (i > from && !RegexSpace.is(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A listed determiner (ASCII case ignored) or a word ending in an apostrophe, or one and "s" or "S". */
    private static boolean determiner(String text, int start, int end) {
        int n = end - start;
        char last = text.charAt(end - 1);
        return n >= 2 && apostrophe(last) || n >= 3 && (last == 's' || last == 'S') && apostrophe(text.charAt(end - 2))
                || listed(text, start, end);
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean listed(String text, int start, int end) {
        for (String d : DETERMINERS) {
            if (d.length() == end - start && asciiIgnoreCase(text, start, d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiIgnoreCase(String text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the title-like passage {@code q} names a work by its surroundings. */
    static boolean names(MarkedQuote q, ArticleTokens tokens) {
        int open = tokens.firstAtOrAfter(q.open());
        if (open > 0 && tokens.quoteOf(open - 1) < 0) {
            Token prev = tokens.get(open - 1);
            if (prev.end() >= q.open() - 1 && organisationPossessive(prev) || BEFORE.contains(prev.norm())) {
                return true;
            }
            Token kind = prev.text().equals(",") && open > 1 && tokens.quoteOf(open - 2) < 0
                    ? tokens.get(open - 2) : prev;
            if (KIND.contains(kind.norm()) || airing(tokens, open) || roleOf(tokens, open)) {
                return true;
            }
        }
        int next = tokens.firstAtOrAfter(q.close() + 1);
        return next < tokens.size() && tokens.quoteOf(next) < 0 && AFTER.contains(tokens.get(next).norm())
                && tokens.get(next).start() - q.close() <= 2 || byAuthor(q, tokens, next);
    }

    /**
     * "“The Long Tide,” by Ann Roe": a comma ends the title (inside or right after the marks), then "by" and a
     * capitalised word. A possessive outlet after "by" is {@link LinkedHeadline#bylined}'s case.
     */
    private static boolean byAuthor(MarkedQuote q, ArticleTokens tokens, int next) {
        int last = tokens.firstAtOrAfter(q.inner().end()) - 1;
        int k = next;
        boolean comma = last >= 0 && tokens.get(last).end() == q.inner().end() && tokens.get(last).text().equals(",");
        if (!comma && k < tokens.size() && tokens.get(k).text().equals(",")) {
            comma = true;
            k++;
        }
        return comma && k + 1 < tokens.size() && tokens.get(k).is("by") && tokens.get(k).start() - q.close() <= 3
                && tokens.quoteOf(k + 1) < 0 && tokens.get(k + 1).isWord() && tokens.get(k + 1).isCapitalized();
    }

    /** "Tuesday’s episode of “…”", "this weekend’s broadcast of “…”": a possessive, an airing word, "of". */
    private static boolean airing(ArticleTokens tokens, int open) {
        if (open < 3 || tokens.quoteOf(open - 3) >= 0 || !tokens.get(open - 1).is("of")) {
            return false;
        }
        return AIRING.contains(tokens.get(open - 2).norm()) && tokens.get(open - 3).isPossessive();
    }

    /** "the author of “…”", "the MSNBC hosts of “…”": a role word and "of" right before the mark. */
    private static boolean roleOf(ArticleTokens tokens, int open) {
        return open >= 2 && tokens.quoteOf(open - 2) < 0 && tokens.get(open - 1).is("of")
                && ROLE_OF.contains(tokens.get(open - 2).norm());
    }

    /** "CNN’s", "ABC's", "Fox News Channel’s" (the last word). */
    private static boolean organisationPossessive(Token t) {
        if (!t.isPossessive()) {
            return false;
        }
        String s = t.text();
        return t.isCapitalized() || MEDIUM.contains(s.substring(0, s.length() - 2).toLowerCase(java.util.Locale.ROOT));
    }
}
