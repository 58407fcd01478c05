package org.newsquotes.extraction.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSetTest {

    private static final WordSet WORDS = WordSet.of("said", "mr", "u.s", "warned", "lt.gov", "", "\u0131d", "i\u0307d");

    /** Region lookups answer as lower-casing a substring and asking {@code contains} would. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Officials SAID on Monday | 10 | 14 | true",
            "Officials Said on Monday | 10 | 14 | true",
            "Officials Sai on Monday  | 10 | 13 | false",
            "Ask Mr. Dalgren          | 4  | 6  | true",
            "Ask MR. Dalgren          | 4  | 6  | true",
            "the U.S. delegation      | 4  | 7  | true",
            "she warnedly             | 4  | 10 | true",
            "she warnedly             | 4  | 12 | false",
            "Lt.Gov. Pirrone          | 0  | 6  | true",
            "an empty region          | 3  | 3  | true",
            "\u0130D badge            | 0  | 2  | true",
            "ID badge                 | 0  | 2  | false",
    })
    void regionLookupAgreesWithLowerCasedSubstring(String text, int start, int end, boolean expected) {
        assertEquals(expected, WORDS.containsLowerCase(text, start, end));
        assertEquals(WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)),
                WORDS.containsLowerCase(text, start, end));
        assertEquals(WORDS.indexOf(text.substring(start, end).toLowerCase(Locale.ROOT)),
                WORDS.indexOfLowerCase(text, start, end));
    }

    @Test
    void behavesAsAnImmutableSetOfItsDistinctWords() {
        WordSet s = WordSet.of(List.of("alpha", "beta", "alpha", "gamma"));
        assertEquals(Set.of("alpha", "beta", "gamma"), s);
        assertEquals(3, s.size());
        assertEquals(List.of("alpha", "beta", "gamma"), new ArrayList<>(s));
        assertEquals(1, s.indexOf("beta"));
        assertEquals("gamma", s.word(s.indexOf("gamma")));
        assertEquals(-1, s.indexOf("delta"));
        assertFalse(s.contains(Integer.valueOf(3)));
        assertThrows(NullPointerException.class, () -> s.contains(null));
        assertThrows(UnsupportedOperationException.class, () -> s.add("delta"));
        assertThrows(UnsupportedOperationException.class, () -> {
            var it = s.iterator();
            it.next();
            it.remove();
        });
    }

    @Test
    void manyWordsAllFoundAndNoOthers() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("w" + Integer.toString(i * 7919, 36));
        }
        WordSet s = WordSet.of(words);
        for (int i = 0; i < words.size(); i++) {
            assertEquals(i, s.indexOf(words.get(i)));
            assertTrue(s.containsLowerCase(words.get(i).toUpperCase(Locale.ROOT), 0, words.get(i).length()));
        }
        assertFalse(s.contains("x0"));
    }
}
