package org.newsquotes.extraction.speaker;

import java.util.List;

/**
 * Which of the full names an article writes with one surname a later mention of that surname means: among the
 * names whose given name agrees with the gender the mention states ("Mr. Roe" is not "Ann Roe" when "Jon Roe"
 * is also written), those whose given name has that very gender first; among those, only the ones opening with
 * a listed given name when some do (a capitalised word before a surname at a headline or sentence start,
 * "Understated Roe wins", "Is Roe", is no given name); then the fullest written before the mention, else the
 * first written after it. Stateless. Limits: a given name's gender comes from the list, so a woman called Lee
 * is male here; the candidates are the few ({@link NameIndex} keeps eight) first written with the surname.
 */
final class FullNameChoice {

    private FullNameChoice() {
    }

    /** The full name {@code written} (in text order) that a mention at {@code offset} means, or null. */
    static String choose(List<NameIndex.Entry> written, int offset, Gender gender) {
        boolean exact = false;
        for (NameIndex.Entry e : written) {
            exact |= gender != Gender.UNKNOWN && NameIndex.givenNameGender(e.name()) == gender;
        }
        boolean given = false;
        for (NameIndex.Entry e : written) {
            given |= agrees(e, gender, exact) && Gender.isFirstName(NameIndex.firstWord(e.name()));
        }
        NameIndex.Entry best = null;
        NameIndex.Entry first = null;
        int bestWords = 0;
        for (NameIndex.Entry e : written) {
            if (!agrees(e, gender, exact) || given && !Gender.isFirstName(NameIndex.firstWord(e.name()))) {
                continue;
            }
            if (first == null) {
                first = e;
            }
            if (e.offset() <= offset) {
                int w = words(e.name());
                if (best == null || w > bestWords) {
                    best = e;
                    bestWords = w;
                }
            }
        }
        return best != null ? best.name() : first != null ? first.name() : null;
    }

    private static boolean agrees(NameIndex.Entry e, Gender gender, boolean exact) {
        Gender g = NameIndex.givenNameGender(e.name());
        return exact ? g == gender : g.agrees(gender);
    }

    private static int words(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
