/**
 * Plain-text utilities shared by the extraction stages: a linear sentence splitter, a paragraph and
 * sentence index with logarithmic offset lookup, and a word tokenizer that can read spun text.
 */
package org.newsquotes.extraction.text;
