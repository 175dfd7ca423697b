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

    public String time(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), instant);
    }

    private String format(DateTimeFormatter style, Instant instant) {
        return instant == null ? ""
                : style.withLocale(locale.getFormattingLocale()).withZone(BusinessTime.ZONE).format(instant);
    }
}
