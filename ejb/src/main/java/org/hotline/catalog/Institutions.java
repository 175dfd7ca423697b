package org.hotline.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue's institution a typed code names: asked wherever a code is typed in, so that only the catalogue's own
 * code is ever stored or compared (see {@link InstitutionCode} for what counts as the same code).
 */
public final class Institutions {

    private Institutions() {}

    /** The catalogue's code of the institution the typed code names, or empty when it names none. */
    public static Optional<String> resolve(EntityManager em, String typed) {
        Optional<String> code = InstitutionCode.wellFormed(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<String> rows = em.createQuery("select i.code from Institution i where i.code = :code", String.class)
                .setParameter("code", code.get())
                .getResultList();
        // the database compares with its column's collation: keep only the row whose code is exactly the canonical one
        return rows.stream().filter(code.get()::equals).findFirst();
    }

    public static boolean exists(EntityManager em, String code) {
        return resolve(em, code).isPresent();
    }
}
