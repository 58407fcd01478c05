/**
 * Plain-text utilities shared by the extraction stages: a linear sentence splitter, a paragraph and
 * sentence index with logarithmic offset lookup, a word tokenizer that can read spun text, and the word lists
 * several stages share (calendar words, determiners).
 */
package org.newsquotes.extraction.text;
