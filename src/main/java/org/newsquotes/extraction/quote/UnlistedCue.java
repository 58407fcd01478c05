package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * An attribution right after a quote that ends in a comma, question or exclamation mark, with a verb missing
 * from the cue lexicon: "“…,” beamed Jo Smith." or "“…!” Smith fumed on Tuesday.", "“…?” she wondered.",
 * "“…,” an angry Dupont retaliated." The verb is any lower-case
 * word ending in "-ed" or "-s"; the source must be a person's name. Reads the first few tokens only.
 */
final class UnlistedCue {

    private static final int TAIL = 6;

    private UnlistedCue() {
    }

    static Attribution after(List<Token> a, SourcePhrase phrases, String text) {
        if (a.isEmpty()) {
            return null;
        }
        if (verbLike(a.get(0))) {
            Mention m = phrases.inverted(a, 0, a.size());
            return isName(m) ? new Attribution(a.get(0).span(), m, Attribution.Rule.AFTER) : null;
        }
        if (a.size() >= 2 && (a.get(0).is("he") || a.get(0).is("she")) && verbLike(a.get(1))
                && a.size() <= TAIL) {
            return new Attribution(a.get(1).span(), MentionParser.parse(text, a.subList(0, 1), null),
                    Attribution.Rule.AFTER);
        }
        int b = describedName(a);
        int e = b;
        while (e < a.size() && e - b < 5 && (Lexicon.isNameToken(a.get(e))
                || e > b && a.get(e).text().equals(".") || Lexicon.isTitle(a.get(e)))) {
            e++;
        }
        if (e == b || e >= a.size() || !verbLike(a.get(e)) || a.size() - e > TAIL) {
            return null;
        }
        Mention m = MentionParser.parse(text, a.subList(b, e), null);
        return isName(m) ? new Attribution(a.get(e).span(), m, Attribution.Rule.AFTER) : null;
    }

    /**
     * "“…,” an angry Dupont retaliated.": "a"/"an" and one lower-case adjective before a capitalised name; the
     * index of the name, else 0.
     */
    private static int describedName(List<Token> a) {
        return a.size() > 3 && (a.get(0).is("a") || a.get(0).is("an")) && a.get(1).isWord()
                && !a.get(1).isCapitalized() && !Lexicon.isFunctionWord(a.get(1))
                && Lexicon.isNameToken(a.get(2)) ? 2 : 0;
    }

    private static boolean isName(Mention m) {
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun();
    }

    private static boolean verbLike(Token t) {
        String w = t.norm();
        return t.isWord() && !t.isCapitalized() && w.length() > 3 && (w.endsWith("ed") || w.endsWith("s"))
                && !Lexicon.isFunctionWord(t);
    }
}
