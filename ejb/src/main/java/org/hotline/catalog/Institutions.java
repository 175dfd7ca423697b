package org.hotline.catalog;

import jakarta.persistence.EntityManager;

/** Whether an institution code names one of the catalogue's institutions: asked wherever a code is typed in. */
public final class Institutions {

    private Institutions() {
    }

    public static boolean exists(EntityManager em, String code) {
        return code != null && em.createQuery("select count(i) from Institution i where i.code = :code", Long.class)
                .setParameter("code", code.strip()).getSingleResult() > 0;
    }
}
