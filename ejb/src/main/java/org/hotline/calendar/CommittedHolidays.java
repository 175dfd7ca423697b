package org.hotline.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The holidays as committed now, read outside the caller's transaction. What a transaction reads is what the database
 * held when that transaction first read anything (MariaDB's repeatable read), so a request that began before a holiday
 * was declared would read the calendar without it even after the change ended the belief in the old one; kept, that
 * old calendar would be believed again. Internal: {@link Calendars} calls it.
 */
@Stateless
@LocalBean
@PermitAll
public class CommittedHolidays {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Set<LocalDate> now() {
        return em.createQuery("select h.day from Holiday h", LocalDate.class)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
