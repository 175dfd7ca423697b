package org.hotline.call;

import jakarta.persistence.EntityManager;

/**
 * Who answered a call, as the call log says: only the agent who answered a call links a ticket or a complaint to it
 * ({@link CallNotAnswered}).
 */
public final class CallAnswerers {

    private CallAnswerers() {}

    /**
     * Whether this account answered the call, or a leg of it after a transfer, as the call log recorded who answered
     * when the answer came ({@link CallLeg#getAnsweredBy()}): the person given the PBX member, else the account whose
     * phone it was then. A phone or member given to someone else later changes nothing of the calls before.
     */
    public static boolean answeredBy(EntityManager em, String username, String linkedid) {
        Number legs =
                (Number) em.createNativeQuery("select count(*) from call_record c join call_leg l on l.call_id = c.id"
                                + " where c.linkedid = ?1 and l.answered_by = ?2")
                        .setParameter(1, linkedid)
                        .setParameter(2, username)
                        .getSingleResult();
        return legs.longValue() > 0;
    }
}
