package org.newsquotes.extraction.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the block of trailer lines at the end of an article: promo lines ({@link TrailerLines}) and credit
 * lines ({@link CreditLines}, whose names are kept as authors), with any blank lines between them. The
 * scan runs backwards line by line and stops at the first line of content, so text before the trailer is
 * never moved: offsets into the kept part are the same as in the input.
 *
 * <p>{@link #removePromoLines} additionally drops promo lines anywhere; the cleaner uses it only for text
 * it extracted from HTML, where no caller holds offsets into the input.
 *
 * <p>Limits: a trailer followed by more content (another article glued on) is not a trailer and stays.
 */
final class Trailers {

    /** The kept text, how many promo and credit lines were cut, and the credited names. */
    record Result(String text, int promoLines, int creditLines, List<String> authors) {
    }

    private Trailers() {
    }

    static Result strip(String text) {
        int end = text.length();
        int keepEnd = end;
        int promo = 0;
        int credit = 0;
        List<String> authors = new ArrayList<>();
        while (end > 0) {
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(lineStart, end);
            if (!line.isBlank()) {
                List<String> names = CreditLines.parse(line);
                if (names != null) {
                    credit++;
                    authors.addAll(0, names);
                } else if (TrailerLines.isPromo(line)) {
                    promo++;
                } else {
                    break;
                }
                keepEnd = lineStart;
            }
            end = lineStart == 0 ? 0 : lineStart - 1;
        }
        if (promo + credit == 0) {
            return new Result(text, 0, 0, List.of());
        }
        int cut = keepEnd;
        while (cut > 0 && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return new Result(text.substring(0, cut), promo, credit, authors);
    }

    /** Drops every promo line; returns the text and, as {@code promoLines}, how many lines were dropped. */
    static Result removePromoLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (TrailerLines.isPromo(line)) {
                removed++;
            } else {
                out.append(line).append('\n');
            }
            start = end + 1;
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == '\n') {
            len--;
        }
        out.setLength(len);
        return new Result(out.toString(), removed, 0, List.of());
    }
}
