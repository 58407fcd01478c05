package org.newsquotes.extraction.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.OffsetMap;
import org.newsquotes.extraction.Repair;

/**
 * Turns raw input (text or HTML) into the clean text that spans refer to, and says what it repaired.
 * Steps, each recorded as a {@link Repair} when it changed something: {@code html} (text from markup,
 * {@link HtmlText}), {@code newlines} (CR LF and CR to LF), {@code mojibake} ({@link Mojibake}),
 * {@code boilerplate} and {@code credit-line} (trailer lines cut from the end, {@link Trailers}), and
 * {@code spun-text} (detected by {@link SpunText}, never rewritten). Byline, credit names, dateline and a
 * plain-text headline are read into the article's fields without touching the text.
 *
 * <p>Offsets: plain text that needs none of these repairs comes back byte for byte; trailer removal only
 * cuts the end, so offsets before it are unchanged. Mojibake repair and newline normalisation shorten the
 * text and shift later offsets; the article's {@link OffsetMap} maps them back to the text as given. Text is taken from {@code text} when it is non-blank, else from
 * {@code html}. Stateless and thread-safe; linear in the input length.
 */
public final class ArticleCleaner {

    /** Cleans one article. Never throws on any text; a blank input gives an empty text. */
    public CleanedArticle clean(ArticleInput input) {
        List<Repair> repairs = new ArrayList<>();
        String title = input.title();
        LocalDate published = input.publishedAt();
        boolean fromHtml = isBlank(input.text()) && !isBlank(input.html());
        String text;
        if (fromHtml) {
            HtmlText.Result html = HtmlText.extract(input.html());
            text = html.text();
            title = title != null ? title : html.title();
            published = published != null ? published : html.publishedAt();
            repairs.add(new Repair("html", 1, "text taken from markup, one paragraph per line"));
        } else {
            text = input.text() == null ? "" : input.text();
        }
        OffsetMap.Builder newlineRuns = new OffsetMap.Builder();
        text = newlines(text, repairs, newlineRuns);
        Mojibake.Result fixed = Mojibake.repair(text);
        text = fixed.text();
        OffsetMap offsets = fixed.offsets().after(newlineRuns.build());
        if (fixed.count() > 0) {
            repairs.add(new Repair("mojibake", fixed.count(), "UTF-8 read as Windows-1252/Latin-1, re-decoded"));
        }
        if (fromHtml) {
            Trailers.Result promo = Trailers.removePromoLines(text);
            text = promo.text();
            addBoilerplate(repairs, promo.promoLines());
        }
        Trailers.Result trailer = Trailers.strip(text);
        text = trailer.text();
        addBoilerplate(repairs, trailer.promoLines());
        if (trailer.creditLines() > 0) {
            repairs.add(new Repair("credit-line", trailer.creditLines(), "credits removed, names kept as authors"));
        }
        Heading.Result head = Heading.read(text);
        if (title == null) {
            title = head.title();
        } else if (fromHtml) {
            title = Mojibake.repair(title).text();
        }
        LinkedHashSet<String> authors = new LinkedHashSet<>(head.authors());
        authors.addAll(trailer.authors());
        return spun(new CleanedArticle(text, title, published, List.copyOf(authors), head.dateline(), repairs,
                0.0, false, offsets));
    }

    private static CleanedArticle spun(CleanedArticle a) {
        SpinTells.Count tells = SpunText.measure(a.text());
        double score = SpunText.score(tells);
        boolean spun = SpunText.isSpun(tells);
        if (!spun) {
            return new CleanedArticle(a.text(), a.title(), a.publishedAt(), a.authors(), a.dateline(),
                    a.repairs(), score, false, a.inputOffsets());
        }
        List<Repair> repairs = new ArrayList<>(a.repairs());
        repairs.add(new Repair("spun-text", tells.tells(), "detected; text kept as printed"));
        return new CleanedArticle(a.text(), a.title(), a.publishedAt(), a.authors(), a.dateline(), repairs,
                score, true, a.inputOffsets());
    }

    private static void addBoilerplate(List<Repair> repairs, int lines) {
        if (lines > 0) {
            repairs.add(new Repair("boilerplate", lines, "newsletter/promo lines removed"));
        }
    }

    private static String newlines(String text, List<Repair> repairs, OffsetMap.Builder runs) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        int count = 0;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                count++;
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    runs.replaced(i, i + 2, out.length() - 1, out.length());
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        repairs.add(new Repair("newlines", count, "CR LF and CR turned into LF"));
        return out.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
