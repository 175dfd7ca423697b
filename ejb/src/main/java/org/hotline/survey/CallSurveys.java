package org.hotline.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A call's survey, for the views that show a call (the call log's look-up, a ticket opened from the call). Runs in
 * its caller's transaction, behind its caller's roles.
 */
@ApplicationScoped
public class CallSurveys {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    /** The survey of the call with this linkedid, or null when its caller was never asked (or there is no call). */
    public SurveyAnswer of(String linkedid) {
        if (linkedid == null) {
            return null;
        }
        CallSurvey survey = em.find(CallSurvey.class, linkedid);
        return survey == null ? null : survey.answer();
    }
}
