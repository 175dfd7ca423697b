package org.hotline.call;

import jakarta.persistence.EntityManager;

/**
 * Who answered a call, as the call log says: only the agent who answered a call links a ticket or a complaint to it
 * ({@link CallNotAnswered}).
 */
public final class CallAnswerers {

    private CallAnswerers() {}

    /**
     * Whether this account answered the call, or a leg of it after a transfer: the call log names the PBX member who
     * did, and that member is the account's (an administrator gave the member's name or interface to it), or the
     * phone the leg was answered on is the account's own phone. Names are compared folded, as Asterisk compares
     * members; calls logged before the phone was kept are found by the member alone.
     */
    public static boolean answeredBy(EntityManager em, String username, String linkedid) {
        Number legs = (Number) em.createNativeQuery("select count(*) from call_record c"
                        + " join call_leg l on l.call_id = c.id"
                        + " join user_account u on u.username = ?2"
                        + " where c.linkedid = ?1 and ("
                        + " exists (select 1 from pbx_member m where m.user_account_id = u.id"
                        + "   and m.member in (lower(trim(l.agent)) collate utf8mb4_nopad_bin,"
                        + "     lower(trim(l.agent_interface)) collate utf8mb4_nopad_bin))"
                        + " or lower(trim(l.agent_interface)) collate utf8mb4_nopad_bin"
                        + "   = lower(trim(u.phone_interface)) collate utf8mb4_nopad_bin)")
                .setParameter(1, linkedid)
                .setParameter(2, username)
                .getSingleResult();
        return legs.longValue() > 0;
    }
}
