package org.hotline.web.report;

import java.util.Locale;

/**
 * Report figures as text, one way for the pages and the daily PDF: percentages whole, means to a tenth, in Latin
 * digits like the rest of the tables, and a dash for a figure there was nothing to measure for.
 */
public final class FigureText {

    private FigureText() {
    }

    /** A fraction as a whole percent; a dash when there was nothing to measure it on. */
    public static String percent(Double fraction) {
        return fraction == null ? "—" : Math.round(fraction * 100) + "%";
    }

    /** A mean (seconds, hours) to a tenth. */
    public static String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A mean in seconds as hours to a tenth. */
    public static String hours(Double seconds) {
        return decimal(seconds == null ? null : seconds / 3600);
    }
}
