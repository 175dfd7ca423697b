package org.hotline.calendar;

import jakarta.ejb.EJB;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @EJB
    private CommittedHolidays committed;

    private final RecentReads<Boolean, Set<LocalDate>> holidays = new RecentReads<>(BELIEVED_FOR, 1);
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The calendar with holidays read at most {@link #BELIEVED_FOR} ago, in the caller's transaction when read. */
    public BusinessCalendar current() {
        Instant now = clock.instant();
        Set<LocalDate> days = holidays.recent(true, now).orElse(null);
        if (days == null) {
            days = committedHolidays(now).orElseGet(this::holidays);
        }
        return calendar(days);
    }

    /**
     * The holidays as committed, read by one request at a time on a connection outside its transaction, and kept; the
     * others meanwhile read them in their own transaction and keep nothing (what a transaction reads may predate a
     * change, see {@link CommittedHolidays}). One at a time, so that a burst of requests each holding a connection
     * never waits for a second one each.
     */
    private Optional<Set<LocalDate>> committedHolidays(Instant now) {
        if (!refreshing.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            long generation = holidays.generation();
            Set<LocalDate> days = committed.now();
            holidays.keep(true, days, now, null, generation);
            return Optional.of(days);
        } catch (RuntimeException noSecondConnection) {
            return Optional.empty(); // the pool lent none in time: this request reads them in its own transaction
        } finally {
            refreshing.set(false);
        }
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
