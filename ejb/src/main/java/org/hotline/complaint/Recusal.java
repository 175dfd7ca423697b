package org.hotline.complaint;

import jakarta.persistence.EntityManager;
import java.util.List;

/** An officer never handles complaints about the institution their account belongs to. */
final class Recusal {

    private Recusal() {
    }

    /**
     * Whether an officer of {@code officerInstitution} (null: of none) must stay away from a complaint about
     * {@code accusedInstitution}. Codes are compared without regard to case, as they are typed in more than one place.
     */
    static boolean applies(String officerInstitution, String accusedInstitution) {
        return officerInstitution != null && !officerInstitution.isBlank()
                && officerInstitution.strip().equalsIgnoreCase(accusedInstitution.strip());
    }

    /** The institution the user belongs to, or null when none. */
    static String institutionOf(EntityManager em, String username) {
        List<?> rows = em.createNativeQuery("select institution_code from user_account where username = ?1")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }
}
