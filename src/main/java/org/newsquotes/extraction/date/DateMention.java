package org.newsquotes.extraction.date;

/**
 * A date expression found in a sentence, before resolution.
 *
 * @param first     index of its first token
 * @param last      index of its last token
 * @param text      the words as written ("Tuesday", "last month", "Jan. 10")
 * @param kind      what it names
 * @param month     1-12 for month expressions, else 0
 * @param day       1-31 for day expressions, else 0
 * @param year      a written year, else 0
 * @param anchored  introduced by "in"/"on" (a date attached to the statement rather than a noun modifier)
 */
record DateMention(int first, int last, String text, Kind kind, int month, int day, int year, boolean anchored) {

    /** What a date expression names. Weekday mentions carry the ISO day (1 = Monday) in {@code day}. */
    enum Kind {
        WEEKDAY, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, PAST_WEEK, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR,
        MONTH_DAY, MONTH, YEAR;

        /** Explicit calendar dates must be attached to the statement; relative words count anywhere near. */
        boolean explicit() {
            return this == MONTH_DAY || this == MONTH || this == YEAR;
        }
    }
}
