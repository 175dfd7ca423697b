package org.hotline.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hotline.common.BusinessTime;
import org.hotline.common.DayPeriod;

/**
 * Query and path parameters read by hand where JAX-RS would get the client's mistake wrong: it answers a value it
 * cannot convert with 404, as if the resource were missing. Here a day that is not an ISO date (YYYY-MM-DD) within
 * {@link #EARLIEST} and {@link #LATEST}, a number that is not a whole number, or a value that is not one of a list is
 * a 400 problem ({@code bad-request}) whose {@code errors} name the parameter and say what was expected.
 */
final class ApiParams {

    /** The first and last day the API accepts anywhere (parameters and bodies): those a period may touch. */
    static final LocalDate EARLIEST = DayPeriod.EARLIEST;

    static final LocalDate LATEST = DayPeriod.LATEST;

    private ApiParams() {}

    /** The day typed in {@code name}, or null when nothing was typed. */
    static LocalDate day(String name, String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        LocalDate parsed = plausibleDay(day.strip());
        if (parsed == null) {
            throw invalid(name, "is not " + dayExpected());
        }
        return parsed;
    }

    /** The day, when it is an ISO date between the bounds; else null. */
    static LocalDate plausibleDay(String text) {
        if (text.length() != 10) {
            return null; // YYYY-MM-DD: four-digit years only, no sign
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    static String dayExpected() {
        return "a date (YYYY-MM-DD) from " + EARLIEST + " to " + LATEST;
    }

    /** A whole number asked in the query, or {@code otherwise} when nothing was typed; anything else is a 400. */
    static int whole(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw invalid(name, "is not a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
    }

    /** The same, from {@code least} to {@code most}: a number outside them is a 400 naming the parameter and its range. */
    static int whole(String name, String value, int otherwise, int least, int most) {
        String range = "is a whole number from " + least + " to " + most;
        int number;
        try {
            number = value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw invalid(name, range); // said with the parameter's own range, not an int's
        }
        if (number < least || number > most) {
            throw invalid(name, range);
        }
        return number;
    }

    /**
     * A yes-or-no asked in the query: {@code true} or {@code false} (any case), false when nothing was typed; anything
     * else is a 400 naming the parameter, never read as false.
     */
    static boolean yesOrNo(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String typed = value.strip().toLowerCase(Locale.ROOT);
        if (!typed.equals("true") && !typed.equals("false")) {
            throw invalid(name, "is true or false");
        }
        return typed.equals("true");
    }

    /** A period of Baghdad days asked in the query, both included; checked by the boundary that takes it. */
    record Days(LocalDate from, LocalDate to) {}

    /** {@code to} defaults to today (Baghdad), {@code from} to the {@code defaultDays} that end there. */
    static Days period(String from, String to, int defaultDays) {
        LocalDate end = day("to", to);
        end = end != null ? end : LocalDate.now(BusinessTime.ZONE);
        LocalDate start = day("from", from);
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
            throw invalid(
                    name,
                    "is one of "
                            + Arrays.stream(values.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * A 400 naming the parameter and what it takes. The value typed is not repeated: the client has it, and echoing
     * it back would put whatever was typed (markup, control characters) into a document shown to people.
     */
    static WebApplicationException invalid(String name, String what) {
        return new WebApplicationException(Problem.of(Status.BAD_REQUEST, "bad-request", name + " " + what + ".")
                .withErrors(List.of(new Problem.FieldError(name, what)))
                .toResponse());
    }
}
