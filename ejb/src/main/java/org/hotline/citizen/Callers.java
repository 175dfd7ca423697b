package org.hotline.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The citizen a caller's number belongs to, as the PBX gives the number (any written form): the call log, the screen
 * pop and the IVR ask it. A withheld or foreign-format number belongs to nobody. Runs in its caller's transaction.
 */
@ApplicationScoped
public class Callers {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    public Optional<Citizen> owning(String callerNumber) {
        if (callerNumber == null) {
            return Optional.empty();
        }
        try {
            return em.createNamedQuery(Citizen.BY_PHONE, Citizen.class)
                    .setParameter("e164", PhoneNumber.parse(callerNumber).e164())
                    .getResultStream()
                    .findFirst();
        } catch (InvalidPhoneNumber withheldOrForeign) {
            return Optional.empty();
        }
    }
}
