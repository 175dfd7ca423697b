package org.hotline.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.common.BusinessTime;

/**
 * The business calendar in force: opening hours from {@code HOTLINE_OPENS_AT} and {@code HOTLINE_CLOSES_AT} (HH:MM,
 * default 09:00 and 24:00), holidays from the database. Read in the caller's transaction.
 */
@ApplicationScoped
public class Calendars {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    private final LocalTime opensAt = time("HOTLINE_OPENS_AT", LocalTime.of(9, 0));
    private final LocalTime closesAt = time("HOTLINE_CLOSES_AT", LocalTime.MIDNIGHT);

    public BusinessCalendar current() {
        Set<LocalDate> holidays = em.createQuery("select h.day from Holiday h", LocalDate.class).getResultStream()
                .collect(Collectors.toSet());
        return new BusinessCalendar(BusinessTime.ZONE, opensAt, closesAt, holidays);
    }

    private static LocalTime time(String variable, LocalTime fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return "24:00".equals(value.strip()) ? LocalTime.MIDNIGHT : LocalTime.parse(value.strip());
    }
}
