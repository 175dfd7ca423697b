package org.hotline.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import org.hotline.common.Role;

/**
 * Which calls belong to the complaints about staff. What is said on such a call is the officers' alone, as its
 * recording and its case are: supervisors do not listen to it, whisper on it or barge into it.
 *
 * <p>A call is one when any sign says so, since a complaint is often only being taken while the call is live: the
 * caller chose the complaint topic in the IVR, the call waited in (or was transferred to) a queue the IVR's menu sends
 * complaints to, or a complaint about staff has been taken on it.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class ComplaintCalls {

    /** The queues complaints are sent to, as administrators set the IVR's menu (a changed menu counts at once). */
    private static final String COMPLAINT_QUEUES =
            "(select o.queue from ivr_menu_option o where o.topic = 'COMPLAINT' and o.queue is not null)";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    /** Whether this call (by its linkedid) is, or may be, one on which a complaint about staff is taken. */
    public boolean isComplaintCall(@NotBlank String linkedid) {
        Number signs = (Number) em.createNativeQuery(
                        "select"
                                + " (select count(*) from call_record c where c.linkedid = ?1 and ("
                                + "   concat(';', coalesce(c.ivr_choices, ''), ';') like '%;TOPIC=COMPLAINT;%'"
                                + "   or c.queue in " + COMPLAINT_QUEUES
                                + "   or exists (select 1 from call_leg l where l.call_id = c.id and l.queue in "
                                + COMPLAINT_QUEUES + ")))"
                                + " + (select count(*) from complaint where call_linkedid = ?1)"
                                + " + (select count(*) from ticket where call_linkedid = ?1 and type = 'COMPLAINT_ABOUT_STAFF')")
                .setParameter(1, linkedid)
                .getSingleResult();
        return signs.longValue() > 0;
    }
}
