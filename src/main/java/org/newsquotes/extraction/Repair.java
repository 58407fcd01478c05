package org.newsquotes.extraction;

/**
 * One kind of repair made to the input on its way to clean text, e.g. {@code mojibake} (12 sequences
 * fixed), {@code boilerplate} (a newsletter trailer removed), {@code spun-text} (detected, not rewritten),
 * {@code html} (text taken from markup), {@code credit-line}.
 */
public record Repair(String kind, int count, String detail) {
}
