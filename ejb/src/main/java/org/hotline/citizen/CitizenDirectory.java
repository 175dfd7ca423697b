package org.hotline.citizen;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.hotline.common.Role;

/** Finding callers by any number they call from, and registering new ones. */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CitizenDirectory {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The citizen who owns the number, typed in any of the ways {@link PhoneNumber#parse} accepts. */
    public Optional<CitizenView> findByPhone(@NotNull String typedPhone) {
        return find(PhoneNumber.parse(typedPhone)).map(CitizenView::of);
    }

    public CitizenView register(@NotNull @Valid NewCitizen citizen) {
        PhoneNumber phone = PhoneNumber.parse(citizen.phone());
        if (find(phone).isPresent()) {
            throw new PhoneTaken(phone);
        }
        Citizen created = new Citizen(
                citizen.fullName(), citizen.nationalId(), citizen.preferredLanguage(), phone, clock.instant());
        em.persist(created);
        em.flush();
        return CitizenView.of(created);
    }

    /** Adds another number the citizen calls from; a number already someone's is refused. */
    public CitizenView addPhone(long id, @NotNull String typedPhone) {
        PhoneNumber phone = PhoneNumber.parse(typedPhone);
        Citizen citizen = entity(id);
        Optional<Citizen> owner = find(phone);
        if (owner.isPresent() && !owner.get().getId().equals(citizen.getId())) {
            throw new PhoneTaken(phone);
        }
        citizen.addPhone(phone);
        em.flush();
        return CitizenView.of(citizen);
    }

    public CitizenView get(long id) {
        return CitizenView.of(entity(id));
    }

    Citizen entity(long id) {
        Citizen citizen = em.find(Citizen.class, id);
        if (citizen == null) {
            throw new CitizenNotFound(id);
        }
        return citizen;
    }

    private Optional<Citizen> find(PhoneNumber phone) {
        return em.createNamedQuery(Citizen.BY_PHONE, Citizen.class)
                .setParameter("e164", phone.e164())
                .getResultStream()
                .findFirst();
    }
}
