package org.newsquotes.extraction.quote;

import java.util.Set;
import org.newsquotes.extraction.speaker.Gender;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a marked passage mentions words rather than reports them being said:
 * <ul>
 *   <li>a short quoted term that is the subject of its sentence ("“Containment” has been policy since …",
 *       "“Harbour Lights” is a drama about …"): it opens the sentence, has at most four words and no closing
 *       punctuation inside the marks, and a copula or auxiliary follows the closing mark at once or after a
 *       parenthetical gloss ("“Refoulement” (forced return) is …"); or a
 *       title-like one ending in a comma before an appositive or relative clause ("“Slow Tide,” which opens on
 *       Friday, is …", "“Slow Tide,” an HBO series, …");</li>
 *   <li>a translation gloss ("… -- Spanish for “witches” --", "“Brujas,” Spanish for “witches”"): a
 *       capitalised word and "for" right before the mark, after a comma or dash or a quoted word ending in a
 *       comma;</li>
 *   <li>a button or link label on a page ("click “sign up.”"): "click", "tap" or "press" right before the mark;</li>
 *   <li>a nickname between a given name and a surname (Jesús “Chuy” García): one to three capitalised words
 *       alone in the marks, a listed given name right before and a capitalised word right after.</li>
 * </ul>
 * The detector asks about the subject case only when the passage has no attribution in its own sentence, so
 * "“Boots on the ground” would be wrong, Smith said" is kept. Limits: a quoted sentence subject of five words
 * or more, or one followed by an adverb before the verb ("“X” happily roots …"), is not recognised.
 */
final class QuotedMention {

    private static final int MAX_WORDS = 4;
    /** Most characters of a parenthetical gloss between a quoted term and its verb. */
    private static final int MAX_GLOSS = 40;
    /** Finite copulas and auxiliaries that make the quoted term the subject ("“X” is …", "“X” has been …"). */
    private static final Set<String> COPULA = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "should", "must", "remains", "means", "refers", "became");
    /** Words opening an appositive or relative clause after a quoted name ("“X,” which …", "“X,” an …"). */
    private static final Set<String> APPOSITIVE = Set.of("which", "whose", "a", "an", "on");
    private static final Set<String> BUTTON = Set.of("click", "clicking", "tap", "tapping", "press", "pressing");

    private QuotedMention() {
    }

    /** Whether {@code q} is a short quoted term used as the subject of its sentence. */
    static boolean subject(MarkedQuote q, TextIndex index, ArticleTokens tokens) {
        String text = index.text();
        if (!q.closed() || q.runsOn() || q.continued() || QuoteShape.words(q, text) > MAX_WORDS
                || !QuoteShape.startsSentence(q, index)) {
            return false;
        }
        int after = afterGloss(text, q.close() + 1);
        int next = tokens.firstAtOrAfter(after);
        if (next >= tokens.size() || tokens.quoteOf(next) >= 0 || tokens.get(next).start() != after + 1
                || text.charAt(after) != ' ') {
            return false;
        }
        String word = tokens.get(next).text();
        return Character.isLetterOrDigit(text.charAt(q.inner().end() - 1)) ? COPULA.contains(word)
                : text.charAt(q.inner().end() - 1) == ',' && APPOSITIVE.contains(word)
                && QuoteShape.looksLikeTitle(q, text);
    }

    /**
     * The offset after a parenthetical gloss that follows a closing mark at {@code i} ("“Refoulement” (forcible
     * return) is …": the offset of the space after ")"), or {@code i} when none follows.
     */
    private static int afterGloss(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != ' ' || text.charAt(i + 1) != '(') {
            return i;
        }
        for (int k = i + 2; k < text.length() && k < i + 2 + MAX_GLOSS; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k + 1;
            }
            if (c == '(' || c == '\n' || c == '“' || c == '"') {
                return i;
            }
        }
        return i;
    }

    /** Whether {@code q} glosses a foreign word ("Spanish for “…”") or names a button ("click “…”"). */
    static boolean glossOrButton(MarkedQuote q, ArticleTokens tokens, String text) {
        int k = tokens.firstAtOrAfter(q.open()) - 1;
        if (k < 0 || tokens.quoteOf(k) >= 0) {
            return false;
        }
        Token prev = tokens.get(k);
        if (BUTTON.contains(prev.norm()) || prev.is("the") && k > 0 && tokens.quoteOf(k - 1) < 0
                && BUTTON.contains(tokens.get(k - 1).norm())) {
            return true;
        }
        if (!prev.is("for") || k < 2) {
            return false;
        }
        Token language = tokens.get(k - 1);
        if (tokens.quoteOf(k - 2) >= 0) {
            return language.isWord() && language.isCapitalized() && afterQuotedComma(text, language.start());
        }
        String before = tokens.get(k - 2).text();
        return language.isWord() && language.isCapitalized() && !language.text().equals(language.text().toUpperCase())
                && (before.equals(",") || before.equals("-") || before.equals("--") || before.equals("—")
                || before.equals("–"));
    }

    /** Whether a comma and a closing mark, then one space, come right before {@code i} ("“Adios,” Spanish for"). */
    private static boolean afterQuotedComma(String text, int i) {
        if (i < 3 || text.charAt(i - 1) != ' ') {
            return false;
        }
        char mark = text.charAt(i - 2);
        return (mark == '”' || mark == '"' || mark == '\'') && text.charAt(i - 3) == ',';
    }

    /** Whether {@code q} is a nickname between a given name and a surname (Mary “Mimi” Lee). */
    static boolean nickname(MarkedQuote q, ArticleTokens tokens) {
        if (!q.closed() || q.runsOn() || q.continued()) {
            return false;
        }
        int first = tokens.firstAtOrAfter(q.inner().start());
        int after = tokens.firstAtOrAfter(q.close() + 1);
        int before = tokens.firstAtOrAfter(q.open()) - 1;
        if (before < 0 || after >= tokens.size() || tokens.quoteOf(before) >= 0 || tokens.quoteOf(after) >= 0) {
            return false;
        }
        int words = 0;
        for (int k = first; k < tokens.size() && tokens.get(k).end() <= q.inner().end(); k++) {
            if (!capitalisedWord(tokens.get(k))) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= 3 && capitalisedWord(tokens.get(after))
                && capitalisedWord(tokens.get(before)) && Gender.isFirstName(tokens.get(before).norm());
    }

    private static boolean capitalisedWord(Token t) {
        return t.isWord() && t.isCapitalized();
    }
}
