package org.hotline.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading the e-service catalogue. Staff read it while answering, and a citizen picks the e-service a complaint is
 * about on the public form: the catalogue is what the portal itself publishes, so reading it needs no account.
 */
@Stateless
@PermitAll
public class Catalogue {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    /** Active e-services whose code or name (in any language) contains the text, by code. */
    public List<EServiceView> services(String text, @Min(0) int first, @Min(1) @Max(500) int max) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select s from EService s join fetch s.institution where s.active = true and ("
                                + "lower(s.code) like :like or lower(s.nameEn) like :like or s.nameAr like :like"
                                + " or s.nameKu like :like) order by s.code",
                        EService.class)
                .setParameter("like", like)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(EServiceView::of)
                .toList();
    }

    public Optional<EServiceView> service(String code) {
        return em.createQuery("select s from EService s join fetch s.institution where s.code = :code", EService.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(EServiceView::of);
    }
}
