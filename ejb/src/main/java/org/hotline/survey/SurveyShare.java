package org.hotline.survey;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Role;

/**
 * The share of answered calls the IVR surveys, as supervisors (and administrators) choose it: 0 % asks nobody, 100 %
 * every caller an agent answered. The IVR reads it for every call, so a change is heard from the next call, on every
 * node. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class SurveyShare {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Share share() {
        SurveySetting setting = em.find(SurveySetting.class, SurveySetting.ID);
        return new Share(setting.sharePercent(), setting.updatedAt(), setting.updatedBy());
    }

    /** Sets the share (0 to 100 %), audited with the share before and after. */
    public Share change(@NotNull @Valid Share.Change change) {
        SurveySetting setting = em.find(SurveySetting.class, SurveySetting.ID, LockModeType.PESSIMISTIC_WRITE);
        int before = setting.sharePercent();
        String actor = session.getCallerPrincipal().getName();
        setting.change(change.percent(), actor, clock.instant());
        audit.record(actor, "SURVEY_SHARE_CHANGED", "survey", "share", null, before + "% -> " + change.percent() + "%");
        return share();
    }

    /** The share in percent, when and by whom it was last changed (null for the installation's 0 %). */
    public record Share(int percent, Instant updatedAt, String updatedBy) implements Serializable {

        /** A new share: a whole percent from 0 to 100. */
        public record Change(@NotNull @Min(0) @Max(100) Integer percent) implements Serializable {}
    }
}
