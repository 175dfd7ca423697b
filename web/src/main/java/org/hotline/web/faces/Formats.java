package org.hotline.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.hotline.common.BusinessTime;
import org.hotline.web.i18n.LocaleBacking;

/**
 * The one way pages write dates and numbers for people: stored UTC instants in Baghdad time, counts and minutes, in
 * the words of the user's language and the digits its {@link LocaleBacking#getFormattingLocale() formatting locale}
 * names (Latin in every language), so that a sentence with a date and a number has one digit system. A number put
 * into a message goes through {@link #number} first, never formatted by the message's own locale. Times of day are on
 * the 24-hour clock in every language, as the hotline's hours (09:00–24:00) are given: "ص/م" and "AM/PM" would make
 * an Arabic and an English reader of the same record disagree at a glance. Report figures (percentages, means, hours
 * and minutes) are static, for the PDF too, which is written outside a page's request.
 */
@Named
@RequestScoped
public class Formats {

    /** Hours and minutes on the 24-hour clock. */
    private static final String CLOCK = "HH:mm";

    /** What a figure shows when there was nothing to measure it on (no call answered, no ticket resolved). */
    private static final String NO_FIGURE = "—";

    @Inject
    private LocaleBacking locale;

    public String dateTime(Instant instant) {
        return format(
                new DateTimeFormatterBuilder()
                        .appendLocalized(FormatStyle.MEDIUM, null)
                        .appendLiteral(' ')
                        .appendPattern(CLOCK)
                        .toFormatter(),
                instant);
    }

    /**
     * A deadline kept as the instant a Baghdad day ends (midnight after it), shown as that day: "by 1 Dec 2026",
     * not "2 Dec 2026, 00:00".
     */
    public String dueDay(Instant endOfDay) {
        return endOfDay == null
                ? ""
                : format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), endOfDay.minusNanos(1));
    }

    public String time(Instant instant) {
        return format(DateTimeFormatter.ofPattern(CLOCK), instant);
    }

    /** A whole number (a count, minutes), grouped as the language groups thousands; empty for none. */
    public String number(Number value) {
        return value == null ? "" : number(value, locale.getFormattingLocale());
    }

    /** A whole number in the digits of the formatting locale: the pages' and the messages' one number format. */
    public static String number(Number value, Locale formattingLocale) {
        return NumberFormat.getIntegerInstance(formattingLocale).format(value);
    }

    /**
     * Text kept left to right inside a sentence of either direction (a left-to-right isolate around it): a phone
     * number, a call's id, a date or a signed number reads the same in Arabic and Kurdish as in English.
     */
    public static String leftToRight(Object text) {
        return "\u2066" + text + "\u2069";
    }

    /** A fraction as a whole percent; a dash when there was nothing to measure it on. */
    public static String percent(Double fraction) {
        return fraction == null ? NO_FIGURE : Math.round(fraction * 100) + "%";
    }

    /** A mean (seconds, hours) to a tenth; a dash without one. */
    public static String decimal(Double value) {
        return value == null ? NO_FIGURE : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A mean in seconds as hours to a tenth; a dash without one. */
    public static String hours(Double seconds) {
        return decimal(seconds == null ? null : seconds / 3600);
    }

    /** Seconds as hours and minutes (h:mm), for time signed in and paused. */
    public static String hoursMinutes(long seconds) {
        return seconds / 3600 + ":" + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60);
    }

    private String format(DateTimeFormatter style, Instant instant) {
        Locale formatting = locale.getFormattingLocale();
        return instant == null
                ? ""
                : style.localizedBy(formatting)
                        .withDecimalStyle(DecimalStyle.of(formatting))
                        .withZone(BusinessTime.ZONE)
                        .format(instant);
    }
}
