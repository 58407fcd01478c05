package org.newsquotes.extraction.quote.indirect;

/**
 * One token of a sentence: a word (letters, digits, inner apostrophes, hyphens and abbreviation periods)
 * or a single punctuation character.
 *
 * @param start       offset of the first character in the cleaned text
 * @param end         offset after the last character
 * @param norm        lower-cased form, read through the spun-text normaliser when the article is spun
 * @param word        true for words, false for punctuation
 * @param capitalized true when the token as printed starts with an upper-case letter
 * @param capitals    true when the token as printed has two or more letters, all upper-case ("SAYS", "NATO")
 */
public record Token(int start, int end, String norm, boolean word, boolean capitalized, boolean capitals) {

    /** A token not written all in capitals. */
    public Token(int start, int end, String norm, boolean word, boolean capitalized) {
        this(start, end, norm, word, capitalized, false);
    }

    /** True when this token is the punctuation character {@code c}. */
    public boolean is(char c) {
        return !word && norm.length() == 1 && norm.charAt(0) == c;
    }

    /** True when this token's normalised form is {@code s}. */
    public boolean is(String s) {
        return norm.equals(s);
    }

    /** True for a clause-separating punctuation mark: comma, semicolon, colon or a dash. */
    public boolean isClauseMark() {
        return !word && (is(',') || is(';') || is(':') || is('—') || is('–'));
    }
}
