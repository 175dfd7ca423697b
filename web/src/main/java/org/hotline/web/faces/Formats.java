package org.hotline.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.hotline.common.BusinessTime;
import org.hotline.web.i18n.LocaleBacking;

/** Stored UTC instants shown in Baghdad time, in the words and digits of the user's language. */
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

    private String format(DateTimeFormatter style, Instant instant) {
        return instant == null ? ""
                : style.withLocale(locale.getFormattingLocale()).withZone(BusinessTime.ZONE).format(instant);
    }
}
