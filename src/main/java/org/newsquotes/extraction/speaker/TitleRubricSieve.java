package org.newsquotes.extraction.speaker;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.text.CalendarWords;

/**
 * The words before the colon of a title line that the article never writes again: a column or newsletter
 * name ("Friday’s Evening Brief: …", "The Back Bench: …"), a rubric ("Ward Watch: …") or an exclamation
 * ("Wow: …"), not a source. The quote keeps its mention but gets no speaker, where it used to give the rubric
 * as an organisation. A source the article goes on to name keeps it: one of the label's words (three letters or
 * more, or a two-letter acronym such as "AP"; not "The", a weekday, a month or a day part) written after the title line with the same spelling, as
 * in "Paul Ryan: …" with "Ryan" in the body, or a label opening with a given name ("Ann Voss: …"). Limits: a
 * columnist named only in the title ("Okafor: …" with no later "Okafor") loses the name; only the first line
 * counts as the title.
 */
public final class TitleRubricSieve implements SpeakerSieve {

    private static final Set<String> NOT_EVIDENCE = notEvidence();

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.pronoun() || m.span() == null || m.text() == null
                || !d.cues().titleLabel(m.span().start(), m.span().end())) {
            return null;
        }
        String[] words = m.text().trim().split(" ");
        if (Gender.isFirstName(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (String w : words) {
            String word = stem(w);
            if ((word.length() >= 3 || acronym(word)) && !NOT_EVIDENCE.contains(word.toLowerCase(Locale.ROOT))
                    && d.cues().writtenAfterTitle(word)) {
                return null;
            }
        }
        return new Speaker(null, m.kind(), m.text(), m.span());
    }

    /** The word as spelt, without a possessive ending or the punctuation around it: "Tuesday’s" → "Tuesday". */
    static String stem(String word) {
        String w = CommonWord.beforeApostrophe(word);
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    private static boolean acronym(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
    }

    private static Set<String> notEvidence() {
        Set<String> words = new HashSet<>(CalendarWords.days());
        words.addAll(CalendarWords.MONTHS);
        words.addAll(CalendarWords.DAY_PARTS);
        words.add("the");
        return Set.copyOf(words);
    }
}
