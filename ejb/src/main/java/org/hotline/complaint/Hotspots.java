package org.hotline.complaint;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints over a period grouped by accused institution, office and employee. {@code mostIn90Days} is the largest
 * number of complaints against the group within any 90 days of the period; {@link #REPEAT_THRESHOLD} or more flags a
 * repeat accusation.
 */
public record Hotspots(
        LocalDate from, LocalDate to, List<Group> institutions, List<Group> offices, List<Group> employees)
        implements Serializable {

    /** Three complaints against one office (or one employee) within 90 days is a pattern, not an incident. */
    public static final int REPEAT_THRESHOLD = 3;

    public static final int WINDOW_DAYS = 90;

    /**
     * One group: the institution, and the office or the employee (number, else name) where grouped by them;
     * {@code repeated} when the most within 90 days reaches {@link #REPEAT_THRESHOLD}.
     */
    public record Group(
            String institutionCode, String office, String accused, long complaints, long mostIn90Days, boolean repeated)
            implements Serializable {

        static Group of(String institutionCode, String office, String accused, long complaints, long mostIn90Days) {
            return new Group(
                    institutionCode, office, accused, complaints, mostIn90Days, mostIn90Days >= REPEAT_THRESHOLD);
        }
    }
}
