package org.hotline.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.zip.CRC32;

/**
 * What the IVR's survey script asks after an agent hung up on a queue call: is this call to be surveyed, and here is
 * the caller's rating, and whether the problem was solved. Each is one transaction.
 *
 * <p>Internal: called by the telephony module's FastAGI script on container threads that carry no user, hence
 * {@code @PermitAll}; no page or API reaches it. It says nothing but yes or no about a call, and only writes the
 * answers of a call that was surveyed.
 */
@Stateless
@PermitAll
public class SurveyDesk {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Whether the caller is asked: the call (its linkedid) was answered by an agent in a queue, as the call log knows
     * it; it falls within the share supervisors chose (read now, so a change counts from the next call; the same
     * call always falls on the same side, so a retried session does not decide again); and it has not been rated yet.
     * A call to be surveyed is recorded as offered, once.
     */
    public boolean offer(String linkedid, String language) {
        if (linkedid == null || linkedid.isBlank() || !sampled(linkedid, share())) {
            return false;
        }
        boolean answeredByAgent = ((Number) em.createNativeQuery("select count(*) from call_record where linkedid = :id"
                                        + " and agent is not null and answered_at is not null")
                                .setParameter("id", linkedid)
                                .getSingleResult())
                        .longValue()
                > 0;
        if (!answeredByAgent) {
            return false;
        }
        CallSurvey survey = em.find(CallSurvey.class, linkedid);
        if (survey == null) {
            em.persist(new CallSurvey(linkedid, language == null ? "ar" : language, clock.instant()));
            return true;
        }
        return !survey.isRated();
    }

    /** The caller's rating (1 to 5) of a call that was offered the survey; the first one given stays. */
    public void rate(String linkedid, int rating) {
        CallSurvey survey = em.find(CallSurvey.class, linkedid);
        if (survey != null) {
            survey.rate(rating, clock.instant());
        }
    }

    /** Whether the caller's problem was solved, after their rating; the first answer stays. */
    public void solved(String linkedid, boolean solved) {
        CallSurvey survey = em.find(CallSurvey.class, linkedid);
        if (survey != null) {
            survey.solved(solved);
        }
    }

    private int share() {
        SurveySetting setting = em.find(SurveySetting.class, SurveySetting.ID);
        return setting == null ? 0 : setting.sharePercent();
    }

    /**
     * Whether a call falls within a share of percent: its linkedid's CRC-32 taken modulo 100 is below the share. The
     * same call always gives the same answer; across calls the buckets are even, so the share is kept on the whole.
     */
    static boolean sampled(String linkedid, int percent) {
        if (percent <= 0) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(linkedid.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < percent;
    }
}
