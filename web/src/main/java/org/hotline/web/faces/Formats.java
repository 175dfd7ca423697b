package org.hotline.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DecimalStyle;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.hotline.common.BusinessTime;
import org.hotline.web.i18n.LocaleBacking;

/**
 * The one way pages write dates and numbers for people: stored UTC instants in Baghdad time, counts and minutes, in
 * the words of the user's language and the digits its {@link LocaleBacking#getFormattingLocale() formatting locale}
 * names (Latin in every language), so that a sentence with a date and a number has one digit system. A number put
 * into a message goes through {@link #number} first, never formatted by the message's own locale.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    private LocaleBacking locale;

    public String dateTime(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), instant);
    }

    /**
     * A deadline kept as the instant a Baghdad day ends (midnight after it), shown as that day: "by 1 Dec 2026",
     * not "2 Dec 2026, 00:00".
     */
    public String dueDay(Instant endOfDay) {
        return endOfDay == null ? ""
                : format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), endOfDay.minusNanos(1));
    }

    public String time(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), instant);
    }

    /** A whole number (a count, minutes), grouped as the language groups thousands; empty for none. */
    public String number(Number value) {
        return value == null ? "" : number(value, locale.getFormattingLocale());
    }

    /** A whole number in the digits of the formatting locale: the pages' and the messages' one number format. */
    public static String number(Number value, Locale formattingLocale) {
        return NumberFormat.getIntegerInstance(formattingLocale).format(value);
    }

    private String format(DateTimeFormatter style, Instant instant) {
        Locale formatting = locale.getFormattingLocale();
        return instant == null ? ""
                : style.localizedBy(formatting).withDecimalStyle(DecimalStyle.of(formatting))
                        .withZone(BusinessTime.ZONE).format(instant);
    }
}
