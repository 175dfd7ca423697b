package org.hotline.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.common.BusinessTime;
import org.hotline.common.RecentReads;

/**
 * The business calendar in force: opening hours from {@link CalendarSettings}, holidays from the database. Requests
 * read the holidays at most every few seconds ({@link #current}): every ticket opened or changed needs them, and they
 * change a few times a year. A holiday declared or withdrawn on this node is seen as soon as its transaction ends; on
 * another node within {@link #BELIEVED_FOR}. The SLA watch reads them afresh each pass ({@link #afresh}), so that what
 * it stores is computed with the calendar as committed.
 */
@ApplicationScoped
public class Calendars {

    static final Duration BELIEVED_FOR = Duration.ofSeconds(5);

    @Inject
    private CalendarSettings settings;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    private final RecentReads<Boolean, Set<LocalDate>> holidays = new RecentReads<>(BELIEVED_FOR, 1);

    /** The calendar with holidays read at most {@link #BELIEVED_FOR} ago, in the caller's transaction when read. */
    public BusinessCalendar current() {
        Instant now = clock.instant();
        Set<LocalDate> days = holidays.recent(true, now).orElse(null);
        if (days == null) {
            long generation = holidays.generation();
            days = holidays();
            holidays.keep(true, days, now, null, generation);
        }
        return calendar(days);
    }

    /** The calendar with holidays read now, in the caller's transaction. */
    public BusinessCalendar afresh() {
        return calendar(holidays());
    }

    void businessDaysChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) BusinessDaysChanged change) {
        holidays.forgetAll();
    }

    private Set<LocalDate> holidays() {
        return em.createQuery("select h.day from Holiday h", LocalDate.class)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }

    private BusinessCalendar calendar(Set<LocalDate> days) {
        return new BusinessCalendar(BusinessTime.ZONE, settings.opensAt(), settings.closesAt(), days);
    }
}
