package org.newsquotes.extraction.speaker;

import java.util.Locale;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A person's name read from the title line that the article never writes again: in a title-case heading
 * ("7 Useful Things Farmers Said This Year") every word is capitalised, so a run of common words
 * ("Useful Things Farmers") reads as a name. Such a mention gets no speaker (it keeps its text), where it used to
 * become a person whom a later "he" or "she" could pick up. Words of three letters or more count; a name is
 * kept when its last word is written again after the title line with the same spelling and at most one other
 * word is not ("Okafor Says …" with "Okafor" in the body; "Francois Okafor" with the body's "François Okafor"),
 * or when it opens with a listed given name ("Ann Voss Says …"). Stateless. Limits: only the first line counts
 * as the title; a person named only in the title, by surname alone, loses the name.
 */
public final class TitleCaseNameSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.pronoun() || m.span() == null || m.name() == null || m.kind() != SpeakerKind.PERSON
                || !d.cues().inTitle(m.span().start(), m.span().end())) {
            return null;
        }
        String[] words = m.name().trim().split(" ");
        if (Gender.isFirstName(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int unwritten = 0;
        for (String w : words) {
            String word = TitleRubricSieve.stem(w);
            if (word.length() >= 3 && !d.cues().writtenAfterTitle(word)) {
                unwritten++;
            }
        }
        String surname = TitleRubricSieve.stem(words[words.length - 1]);
        boolean surnameWritten = surname.length() < 3 || d.cues().writtenAfterTitle(surname);
        return unwritten >= 2 || unwritten == 1 && !surnameWritten
                ? new Speaker(null, m.kind(), m.text(), m.span()) : null;
    }
}
