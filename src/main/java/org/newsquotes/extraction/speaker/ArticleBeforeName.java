package org.newsquotes.extraction.speaker;

import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A person's name that the source phrase writes right after "the": no person is written so; the words are an
 * organisation or a place cut out of a longer phrase ("the Guild Workers of Tarvania" gave "Guild Workers", "a
 * lawmaker in the Vell Republic" gave "Vell Republic", "reaction to the Dunmoor" gave "Dunmoor"). When "the"
 * opens the whole phrase, the phrase less "the" names an organisation ("Guild Workers of Tarvania"), and so does
 * a name that ends the phrase after a describing noun ("the farm group the Vell League"); after a preposition
 * or verb ("in the Vell Republic", "reaction to the Dunmoor"), after a capitalised word (a title: "Mend the
 * Fence") or with words after it, the name is no one's and the mention is kept without a name. A one-word
 * plural ("the Vosses": a family) and a name after a capital "The" inside a phrase ("Only The Ann Roe Show")
 * are left alone. Limits: string shapes of the mention only; a person whose name is written with "the" by
 * custom is lost.
 */
final class ArticleBeforeName {

    /** Words before "the" that make the name their object: "in the Vell Republic", "makes the Tarvanians". */
    private static final Set<String> OBJECT_WORDS = Set.of("in", "to", "of", "on", "at", "from",
            "with", "for", "by", "about", "against", "into", "over", "per", "via", "under", "like", "than", "as", "after",
            "before", "during", "through", "toward", "between", "among", "makes", "make", "made");

    private ArticleBeforeName() {
    }

    /** The organisation, the nameless mention, or null when the name stands after no lower-case "the". */
    static Speaker read(Mention m) {
        String text = m.text();
        String name = m.name().trim();
        int at = text.indexOf(name);
        if (at < 4 || name.indexOf(' ') < 0 && name.endsWith("s")) {
            return null;
        }
        String before = text.substring(0, at).stripTrailing();
        int sp = before.lastIndexOf(' ');
        String prev = before.substring(sp + 1);
        if (sp < 0 && prev.equalsIgnoreCase("the")) {
            return new Speaker(text.substring(at).strip(), SpeakerKind.ORGANIZATION, m.text(), m.span());
        }
        if (!prev.equals("the")) {
            return null;
        }
        String word = before.substring(0, sp).stripTrailing();
        word = word.substring(word.lastIndexOf(' ') + 1);
        boolean title = !word.isEmpty() && Character.isUpperCase(word.charAt(0)); // "Mend the Fence", a title
        if (at + name.length() == text.stripTrailing().length() && !OBJECT_WORDS.contains(word) && !title) {
            return new Speaker(name, SpeakerKind.ORGANIZATION, m.text(), m.span()); // "the rights group the Vell League"
        }
        return new Speaker(null, m.kind(), m.text(), m.span());
    }
}
