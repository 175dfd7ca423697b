package org.hotline.complaint;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hotline.catalog.InstitutionCode;

/**
 * An officer never handles complaints about the institution their account belongs to. Both codes are stored as the
 * catalogue's own code (see {@link InstitutionCode}); they are compared in that canonical spelling only, never with
 * the database's collation nor loosely, so that a look-alike code can neither escape recusal nor trigger it.
 */
final class Recusal {

    private Recusal() {}

    /** Whether an officer of {@code officerInstitution} (null: of none) must stay away from a complaint about it. */
    static boolean applies(String officerInstitution, String accusedInstitution) {
        String officer = InstitutionCode.canonical(officerInstitution);
        return officer != null && !officer.isEmpty() && officer.equals(InstitutionCode.canonical(accusedInstitution));
    }

    /** The catalogue's code of the institution the user belongs to, or null when none. */
    static String institutionOf(EntityManager em, String username) {
        List<?> rows = em.createNativeQuery("select institution_code from user_account where username = ?1")
                .setParameter(1, username)
                .getResultList();
        String code = rows.isEmpty() || rows.get(0) == null
                ? null
                : InstitutionCode.canonical(rows.get(0).toString());
        return code == null || code.isEmpty() ? null : code;
    }
}
