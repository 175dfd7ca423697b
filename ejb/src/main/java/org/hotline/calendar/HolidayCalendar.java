package org.hotline.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hotline.common.Role;

/**
 * The holidays of the business calendar: days the hotline is closed, which no SLA clock counts. Everyone on staff may
 * read them; administrators keep them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class HolidayCalendar {

    /** A holiday as read. */
    public record Day(LocalDate day, String name) {}

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Event<BusinessDaysChanged> changed;

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.OFFICER, Role.Names.ADMIN})
    public List<Day> list() {
        return em.createQuery("select h from Holiday h order by h.day", Holiday.class)
                .getResultStream()
                .map(h -> new Day(h.getDay(), h.getName()))
                .toList();
    }

    /** Declares a holiday, or renames it; returns whether it is new. */
    public boolean declare(@NotNull LocalDate day, @NotBlank @Size(max = 200) String name) {
        Holiday existing = em.find(Holiday.class, day);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new Holiday(day, name.strip()));
        if (existing == null) {
            changed.fire(new BusinessDaysChanged(day));
        }
        return existing == null;
    }

    public void withdraw(@NotNull LocalDate day) {
        Holiday existing = em.find(Holiday.class, day);
        if (existing != null) {
            em.remove(existing);
            changed.fire(new BusinessDaysChanged(day));
        }
    }
}
