package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * Reads "according to X" anywhere in a run of words: the first "according to" followed by a phrase that
 * {@link SourcePhrase#inverted} accepts as a source ("according to Jo Lee, a spokeswoman"); the cue is the two
 * words. When that phrase is refused, a short lower-case phrase ending in "by" or "from" ("according to
 * calculations by Jo Lee", "according to a filing released by the council"; not "a copy seen by the Courier") hands over to the phrase after it,
 * the author of the work. Stateless; linear in the window. Limits: "according to a report …" without an author
 * names no source; a work named in capitals ("according to the Leeds Report by …") is not stepped over.
 */
final class AccordingTo {

    /** Words of the work before its "by": "a court document filed", "new calculations published". */
    private static final int MAX_WORK = 6;

    /**
     * Participles that make the agent after them the work's author ("a memo written by"); any other participle
     * ("a copy reviewed by The Post", "a letter obtained by") names a reader or holder, who is no source.
     */
    private static final Set<String> AUTHORED = Set.of("filed", "written", "released", "published", "issued",
            "conducted", "compiled", "prepared", "produced", "authored", "signed", "sent", "commissioned", "done");

    private AccordingTo() {
    }

    /** The "according to X" attribution in {@code w}, or null. */
    static Attribution in(List<Token> w, SourcePhrase phrases) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.get(i).is("according") && w.get(i + 1).is("to")) {
                Mention m = phrases.inverted(w, i + 1, w.size());
                if (m == null) {
                    m = author(w, i + 2, phrases);
                }
                if (m != null) {
                    return new Attribution(new Span(w.get(i).start(), w.get(i + 1).end()), m,
                            Attribution.Rule.ACCORDING_TO);
                }
            }
        }
        return null;
    }

    /**
     * "calculations by Jo Lee", "a document filed by the council": the source after the "by" / "from" that ends a
     * run of at most {@link #MAX_WORK} lower-case words starting at {@code s}, or null.
     */
    private static Mention author(List<Token> w, int s, SourcePhrase phrases) {
        for (int j = s; j < w.size() && j - s <= MAX_WORK; j++) {
            Token t = w.get(j);
            if ((t.is("by") || t.is("from")) && j > s) {
                return participle(w.get(j - 1)) ? null : whole(w, j, phrases.inverted(w, j, w.size()));
            }
            if (!t.isWord() || t.isCapitalized()) {
                return null;
            }
        }
        return null;
    }

    /**
     * {@code m}, unless a capitalised word follows it after "and" ("by the Port and Harbour Commission"): the name
     * was cut inside, and a part of it is no source.
     */
    private static Mention whole(List<Token> w, int from, Mention m) {
        if (m == null) {
            return null;
        }
        for (int k = from; k + 2 < w.size() && w.get(k).start() < m.span().end() + 2; k++) {
            if (w.get(k).start() >= m.span().end() && w.get(k).is("and") && w.get(k + 1).isCapitalized()) {
                return null;
            }
        }
        return m;
    }

    /** A participle other than an author's ("reviewed", "obtained", "seen"): the agent after it wrote nothing. */
    private static boolean participle(Token t) {
        String n = t.norm();
        return !AUTHORED.contains(n) && (n.endsWith("ed") || n.endsWith("en") || n.endsWith("wn"));
    }
}
