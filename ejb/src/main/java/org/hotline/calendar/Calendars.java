package org.hotline.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.common.BusinessTime;

/**
 * The business calendar in force: opening hours from {@link CalendarSettings}, holidays from the database. Read in
 * the caller's transaction.
 */
@ApplicationScoped
public class Calendars {

    @Inject
    private CalendarSettings settings;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    public BusinessCalendar current() {
        Set<LocalDate> holidays = em.createQuery("select h.day from Holiday h", LocalDate.class)
                .getResultStream()
                .collect(Collectors.toSet());
        return new BusinessCalendar(BusinessTime.ZONE, settings.opensAt(), settings.closesAt(), holidays);
    }
}
