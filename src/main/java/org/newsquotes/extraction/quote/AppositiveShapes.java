package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.NameShape;
import org.newsquotes.extraction.text.Token;

/**
 * Word shapes that {@link AppositiveSource} reads between commas: a name described by lower-case words and
 * titles ("76-year-old Jo Farrow"), a past verb that makes the words between commas a clause rather than an
 * appositive ("…, the aide rallied donors, …"), and a lower-case role word opening an appositive ("chairman
 * of …"). Stateless. Limits: word shapes, not a parser ("-ed" words of more than four letters count as past
 * verbs).
 */
final class AppositiveShapes {

    private AppositiveShapes() {
    }

    /**
     * "76-year-old Jo Farrow", "former Gov. Jo Farrow": a name of two or more words after lower-case words and
     * titles only (no capitalised word that could be an organisation).
     */
    static boolean describedName(List<Token> np) {
        int ns = NameShape.nameStart(np);
        if (np.size() - ns < 2) {
            return false;
        }
        for (int i = 0; i < ns; i++) {
            Token t = np.get(i);
            if (t.isCapitalized() && !Lexicon.isTitle(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index in {@code seg} of a past verb between a lower-case noun and a lower-case object ("aide rallied
     * donors"), which makes the words between commas a clause rather than an appositive; -1 when there is none.
     * A participle before a preposition ("a grocer based in Leeds"), after a relative or stop word ("who had
     * tried", "with open glee") or after an adverb is no such verb.
     */
    static int clauseVerb(List<Token> seg) {
        for (int i = 1; i + 1 < seg.size(); i++) {
            Token t = seg.get(i);
            Token prev = seg.get(i - 1);
            Token next = seg.get(i + 1);
            if (t.isWord() && !t.isCapitalized() && t.norm().endsWith("ed") && t.norm().length() > 4
                    && prev.isWord() && !prev.isCapitalized() && !Lexicon.isDeterminer(prev)
                    && !AppositiveSource.RELATIVE.contains(prev.norm()) && !PhraseBounds.NP_STOP.contains(prev.norm())
                    && !prev.norm().endsWith("ly")
                    && next.isWord() && !next.isCapitalized() && !PhraseBounds.NP_STOP.contains(next.norm())) {
                return i;
            }
        }
        return -1;
    }

    /** "chairman of …", "founder of …": a lower-case role word opening an appositive. */
    static boolean lowerRole(Token t) {
        return t.isWord() && !t.isCapitalized() && Lexicon.isTitle(t);
    }
}
