package org.newsquotes.extraction.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.QuoteDate;

/**
 * Turns a {@link DateMention} into a {@link QuoteDate} against the publication date (rules in
 * {@link QuoteDateResolver}). Returns null when the mention cannot be resolved (relative words without a
 * publication date, impossible dates such as "Feb. 30").
 */
final class DateArithmetic {

    private DateArithmetic() {
    }

    static QuoteDate resolve(DateMention m, LocalDate pub) {
        try {
            return switch (m.kind()) {
                case MONTH_DAY -> monthDay(m, pub);
                case MONTH -> month(m, pub);
                case YEAR -> of(LocalDate.of(m.year(), 1, 1), DatePrecision.YEAR, m);
                default -> pub == null ? null : relative(m, pub);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static QuoteDate relative(DateMention m, LocalDate pub) {
        return switch (m.kind()) {
            case WEEKDAY -> of(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(m.day()))), DatePrecision.DAY, m);
            case TODAY -> of(pub, DatePrecision.DAY, m);
            case YESTERDAY -> of(pub.minusDays(1), DatePrecision.DAY, m);
            case THIS_WEEK -> of(monday(pub), DatePrecision.WEEK, m);
            case LAST_WEEK -> of(lastWeek(pub), DatePrecision.WEEK, m);
            case PAST_WEEK -> of(monday(pub.minusDays(1)), DatePrecision.WEEK, m);
            case THIS_MONTH -> of(pub.withDayOfMonth(1), DatePrecision.MONTH, m);
            case LAST_MONTH -> of(pub.withDayOfMonth(1).minusMonths(1), DatePrecision.MONTH, m);
            case THIS_YEAR -> of(pub.withDayOfYear(1), DatePrecision.YEAR, m);
            case LAST_YEAR -> of(pub.withDayOfYear(1).minusYears(1), DatePrecision.YEAR, m);
            default -> null;
        };
    }

    private static QuoteDate monthDay(DateMention m, LocalDate pub) {
        if (m.year() > 0) {
            return of(LocalDate.of(m.year(), m.month(), m.day()), DatePrecision.DAY, m);
        }
        if (pub == null) {
            return null;
        }
        LocalDate d = LocalDate.of(pub.getYear(), m.month(), m.day());
        return of(d.isAfter(pub) ? LocalDate.of(pub.getYear() - 1, m.month(), m.day()) : d, DatePrecision.DAY, m);
    }

    private static QuoteDate month(DateMention m, LocalDate pub) {
        if (m.year() > 0) {
            return of(LocalDate.of(m.year(), m.month(), 1), DatePrecision.MONTH, m);
        }
        if (pub == null) {
            return null;
        }
        LocalDate d = LocalDate.of(pub.getYear(), m.month(), 1);
        return of(d.isAfter(pub) ? d.minusYears(1) : d, DatePrecision.MONTH, m);
    }

    /** The week before the publication week; on a Sunday, the week that ends that day (a Sunday paper's "last week"). */
    private static LocalDate lastWeek(LocalDate pub) {
        return pub.getDayOfWeek() == DayOfWeek.SUNDAY ? monday(pub) : monday(pub).minusWeeks(1);
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static QuoteDate of(LocalDate date, DatePrecision precision, DateMention m) {
        return new QuoteDate(date, precision, m.text());
    }
}
