package org.newsquotes.extraction.speaker;

import java.util.Set;

/**
 * Surface cues read straight from an article's text around a speaker's mention: whether a verb follows a
 * mention or a reporting verb precedes it, and where sentences end (whether a capitalised word is ever written
 * inside a sentence is {@link NameIndex#capitalizedMidSentence}; where sentences end is {@link SentenceEnds}).
 * Word lists and character tests only (no parsing); confined to one article.
 */
final class TextCues {

    private final String text;
    private final SentenceEnds sentences;
    /** Where the first line (the title) ends; -1 when the text is one line, which then has no title. */
    private final int titleEnd;

    TextCues(String text) {
        this(text, new SentenceEnds(text));
    }

    TextCues(String text, SentenceEnds sentences) {
        this.text = text;
        this.sentences = sentences;
        this.titleEnd = text.indexOf('\n');
    }

    /**
     * Whether the mention ending at {@code end} is followed by a verb in the past or third person: a word ending in
     * "ed" or a listed present-tense reporting verb (an "-ly" adverb may stand between), as in "Cruz openly admitted",
     * "Carson defied". A capitalised sentence opener that is no name rarely is ("Come again?", "Tennis great …").
     */
    boolean verbFollows(int end) {
        if (end < 0) {
            return false;
        }
        String w = wordAt(end);
        if (w.endsWith("ly")) {
            w = wordAt(end + 1 + w.length());
        }
        return w.length() > 2 && (w.endsWith("ed") || PRESENT_VERBS.contains(w));
    }

    /**
     * Verbs a reporter writes after a speaker's name that do not end in "ed": third person ("Okafor says",
     * "Voss argues") and irregular past ("Okafor said", "Voss wrote").
     */
    private static final Set<String> PRESENT_VERBS = Set.of("says", "tells", "adds", "argues",
            "writes", "notes", "insists", "explains", "warns", "claims", "believes", "thinks", "wants", "agrees",
            "disagrees", "recalls", "admits", "acknowledges", "contends", "maintains", "points", "suggests",
            "said", "told", "wrote", "thought", "spoke", "knew", "felt", "saw", "took", "made", "gave", "went");

    /** Words that, written right before a name, make it the source or hearer of a report: "said Voss", "told Voss". */
    private static final Set<String> VERBS_BEFORE = Set.of("said", "says", "told", "wrote", "added", "asked",
            "according");

    /** Whether the word written right before offset {@code start} is one of {@link #VERBS_BEFORE}. */
    boolean reportingVerbBefore(int start) {
        int b = start - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == ',')) {
            b--;
        }
        int e = b + 1;
        while (b >= 0 && Character.isLowerCase(text.charAt(b))) {
            b--;
        }
        return VERBS_BEFORE.contains(text.substring(b + 1, e));
    }

    /**
     * Whether a quotation closes right before offset {@code at} (spaces between): "“…,” she said", "“…?” he
     * asked"; the pronoun at {@code at} then follows its quote.
     */
    boolean quoteClosesBefore(int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k > 0 && (text.charAt(k) == '”' || text.charAt(k) == '"')
                && ",?!".indexOf(text.charAt(k - 1)) >= 0;
    }

    /**
     * Whether, from {@code from} to the end of that sentence (or {@code to}), a capitalised word is followed by a
     * verb ({@link #verbFollows}): "…, Ban demurred." has another subject after a name written at
     * {@code from}.
     */
    boolean capitalizedSubjectAfter(int from, int to) {
        for (int k = from; k < to && k < text.length(); k++) {
            if (sentences.at(k)) {
                return false;
            }
            if (Character.isUpperCase(text.charAt(k)) && (k == 0 || text.charAt(k - 1) == ' ')) {
                int e = k;
                while (e < text.length() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (verbFollows(e)) {
                    return true;
                }
                k = e - 1;
            }
        }
        return false;
    }

    /**
     * Whether the word {@code word} is written in {@code text[from, to)} as a whole word followed by a verb
     * ({@link #verbFollows}): "Later, Okafor mentioned …".
     */
    boolean writtenAsSubject(String word, int from, int to) {
        for (int k = text.indexOf(word, Math.max(0, from)); k >= 0 && k + word.length() <= to;
                k = text.indexOf(word, k + 1)) {
            int e = k + word.length();
            boolean whole = (k == 0 || !Character.isLetter(text.charAt(k - 1)))
                    && (e == text.length() || !Character.isLetter(text.charAt(e)));
            if (whole && verbFollows(e)) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that open a subordinate clause before the main one: "When Okafor spoke, Voss left." */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "after", "although", "though",
            "because", "if", "since", "before", "as", "once", "until", "whereas");

    /**
     * Whether the mention starting at {@code start} directly follows a subordinating conjunction that opens its
     * sentence ("When Okafor pointed out …, Voss said"), so that it is the subject of a subordinate clause only.
     */
    boolean opensSubordinateClause(int start) {
        String w = wordBefore(start);
        if (w.length() < 2 || !SUBORDINATORS.contains(w)) {
            return false;
        }
        int k = lastNonSpaceBefore(start) - w.length();
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '“')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || sentences.at(k) || text.charAt(k) == '”' && k > 0
                && sentences.at(k - 1);
    }

    /**
     * Whether the span {@code start}..{@code end} lies in the article's first line and a colon follows it. A text
     * of one line has no title line.
     */
    boolean titleLabel(int start, int end) {
        if (start < 0 || end > titleEnd) {
            return false;
        }
        int after = end;
        while (after < titleEnd && text.charAt(after) == ' ') {
            after++;
        }
        return after < titleEnd && text.charAt(after) == ':';
    }

    /** Whether the span {@code [start, end)} lies in the first line, the title. */
    boolean inTitle(int start, int end) {
        return start >= 0 && end <= titleEnd;
    }

    /** Whether {@code word} is written after the first line, spelt the same and as a whole word. */
    boolean writtenAfterTitle(String word) {
        for (int at = titleEnd < 0 ? -1 : text.indexOf(word, titleEnd); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The word written right before offset {@code at} (skipping spaces), in lower case; empty when none. */
    String wordBefore(int at) {
        int e = lastNonSpaceBefore(at);
        int b = e;
        while (b >= 0 && Character.isLetter(text.charAt(b))) {
            b--;
        }
        return text.substring(b + 1, e + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The offset of the last character before {@code at} that is not a space; -1 when none. */
    private int lastNonSpaceBefore(int at) {
        int e = Math.min(at, text.length()) - 1;
        while (e >= 0 && text.charAt(e) == ' ') {
            e--;
        }
        return e;
    }

    /** The lower-case word starting after the spaces at {@code from} (empty when none or capitalised). */
    private String wordAt(int from) {
        int a = from;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        int b = a;
        while (b < text.length() && Character.isLowerCase(text.charAt(b))) {
            b++;
        }
        return text.substring(a, b);
    }
}
