package org.newsquotes.extraction.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Article text, title and publication date from HTML, parsed with jsoup. The text comes from the first
 * {@code <article>}, else {@code <main>}, else {@code <body>}, without scripts, styles, navigation, asides,
 * footers, forms and figure captions; each block element (paragraph, heading, list item, quote) becomes one
 * line, with single line breaks between paragraphs as in the seed articles. The title comes from
 * {@code og:title}, {@code <title>} or the first {@code <h1>}; the date from {@code article:published_time},
 * {@code date}/{@code pubdate} meta tags, {@code itemprop=datePublished} or the first {@code <time datetime>}.
 *
 * <p>Limits: no boilerplate scoring beyond these tags (a page without article/main markup keeps its menus
 * unless they use nav/aside/footer); dates are read from their first ten characters (ISO yyyy-MM-dd).
 */
final class HtmlText {

    /** Extracted text (paragraphs on separate lines), title and date; title and date may be null. */
    record Result(String text, String title, LocalDate publishedAt) {
    }

    private static final String DROP = "script, style, noscript, template, nav, aside, footer, form, iframe, svg, "
            + "button, figcaption, figure, [role=navigation], [role=complementary], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "main", "header", "tr", "table", "dd", "dt", "dl",
            "address", "hr", "br", "figure");
    private static final List<String> DATE_SELECTORS = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[name=date]", "meta[name=pubdate]",
            "meta[name=publish-date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
            "meta[itemprop=datePublished]", "[itemprop=datePublished][datetime]", "time[datetime]");

    private HtmlText() {
    }

    static Result extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        LocalDate date = date(doc);
        doc.select(DROP).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        return new Result(root == null ? "" : text(root), title, date);
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        if (!doc.title().isBlank()) {
            return doc.title().strip();
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static LocalDate date(Document doc) {
        for (String selector : DATE_SELECTORS) {
            for (Element e : doc.select(selector)) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                LocalDate d = isoDate(value.strip());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    static LocalDate isoDate(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Block elements become lines; runs of whitespace inside a line become one space. */
    private static String text(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    raw.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    raw.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    raw.append('\n');
                }
            }
        }, root);
        return collapse(raw);
    }

    private static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                trimEnd(out);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else {
                if (space) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        trimEnd(out);
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == '\n') {
            len--;
        }
        return out.substring(0, len);
    }

    private static void trimEnd(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
    }
}
