package org.newsquotes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses raw query and path parameters. Parameters are taken as strings so that every bad value becomes a
 * 400 problem that names the parameter, instead of JAX-RS's bare 404.
 */
public final class Params {

    /** Longest value accepted for a free-text filter. */
    public static final int MAX_TEXT_PARAM = 300;

    private Params() {
    }

    public static int intParam(String name, String raw, int dflt, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < min || value > max) {
                throw ApiException.badParameter(name, "must be between " + min + " and " + max);
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be an integer");
        }
    }

    /** An optional positive id filter. */
    public static Long idParam(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < 1) {
                throw ApiException.badParameter(name, "must be a positive integer");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a positive integer");
        }
    }

    /** A path id: anything that is not a positive number cannot name a stored resource, so it is a 404. */
    public static long pathId(String what, String raw) {
        try {
            long value = Long.parseLong(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw ApiException.notFound(what, "id", raw.length() > 40 ? raw.substring(0, 40) + "…" : raw);
    }

    /** An ISO date ({@code 2022-01-12}); a bad one is a 400 naming the parameter. */
    public static LocalDate dateParam(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "must be a date in the form YYYY-MM-DD");
        }
    }

    /** Optional free text, trimmed; too long or containing control characters is a 400. */
    public static String textParam(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > MAX_TEXT_PARAM) {
            throw ApiException.badParameter(name, "must be at most " + MAX_TEXT_PARAM + " characters");
        }
        if (value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw ApiException.badParameter(name, "must not contain control characters");
        }
        return value;
    }

    /** One constant of a fixed list, case-insensitive; anything else is a 400 listing the allowed values. */
    public static <E extends Enum<E>> E enumParam(String name, String raw, Class<E> type, E dflt) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw ApiException.badParameter(name, "must be one of: " + allowed);
        }
    }

    /**
     * An optional number in [0, 1] written as a JSON number without sign or exponent ({@code 0}, {@code 0.8},
     * {@code 1.0}: what the OpenAPI document's {@code type: number} lets a client send); {@code values} are the
     * ones sent, read for their first. Unlike the other filters an empty value is a 400, not "no filter":
     * {@code ?minConfidence=} most likely lost its number on the way, and listing every quote would pass for a
     * filter that lets everything through. {@code NaN}, {@code Infinity}, hexadecimal and {@code 0.5d}, which
     * {@link Double#parseDouble} all takes, are refused.
     */
    public static Double fractionParam(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null; // a value given twice never gets here: KnownQueryParams refuses it for every parameter
        }
        String value = values.get(0) == null ? "" : values.get(0).strip();
        if (!isPlainDecimal(value)) {
            throw ApiException.badParameter(name, "must be a decimal number between 0 and 1, such as 0.8");
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.ONE) > 0) {
            throw ApiException.badParameter(name, "must be between 0 and 1");
        }
        return number.doubleValue();
    }

    /** {@code 0}, {@code 12}, {@code 0.75}: digits without a leading zero, then optionally a point and digits. */
    private static boolean isPlainDecimal(String value) {
        int point = value.indexOf('.');
        String whole = point < 0 ? value : value.substring(0, point);
        String fraction = point < 0 ? "0" : value.substring(point + 1);
        return allDigits(whole) && allDigits(fraction) && (whole.length() == 1 || whole.charAt(0) != '0');
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Checks that {@code from} is not after {@code to}. */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("from", "must not be after to");
        }
    }
}
