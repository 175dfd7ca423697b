package org.hotline.web.api;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hotline.common.BusinessTime;

/**
 * Query parameters read by hand where JAX-RS would get the client's mistake wrong: it answers a value it cannot
 * convert with 404, as if the resource were missing. Here a day that is not an ISO date (YYYY-MM-DD) or a value that
 * is not one of a list is a 400 that says what was expected.
 */
final class ApiParams {

    private ApiParams() {
    }

    /** The day typed, or null when nothing was typed. */
    static LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException notADate) {
            throw new BadRequestException("not a date (YYYY-MM-DD): " + day);
        }
    }

    /** A whole number asked in the query, or {@code otherwise} when nothing was typed; anything else is a 400. */
    static int whole(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException(name + " must be a whole number: " + value);
        }
    }

    /** A period of Baghdad days asked in the query, both included; checked by the boundary that takes it. */
    record Days(LocalDate from, LocalDate to) {
    }

    /** {@code to} defaults to today (Baghdad), {@code from} to the {@code defaultDays} that end there. */
    static Days period(String from, String to, int defaultDays) {
        LocalDate end = day(to);
        end = end != null ? end : LocalDate.now(BusinessTime.ZONE);
        LocalDate start = day(from);
        return new Days(start != null ? start : end.minusDays(defaultDays - 1), end);
    }

    /** One of the enum's names (any case), or null when nothing was typed. */
    static <E extends Enum<E>> E oneOf(Class<E> values, String name, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(values, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            throw new BadRequestException(name + " is one of " + Arrays.stream(values.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", not " + typed);
        }
    }
}
