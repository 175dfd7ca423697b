package org.hotline.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hotline.audit.AuditTrail;

/**
 * The record of the retention job's runs: each begun and finished in a transaction of its own, so that a run that
 * fails half-way still shows what it did; the finished run is audited with its figures. Internal: the job calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionLog {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public long begin(String actor, boolean dryRun, Instant now) {
        RetentionRun run = new RetentionRun(actor, dryRun, now);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public RunView finish(long id, String actor, RunFigures figures, Instant now) {
        RetentionRun run = em.find(RetentionRun.class, id);
        run.finish(figures, now);
        RunView view = run.view();
        audit.record(
                actor,
                view.dryRun() ? "RETENTION_DRY_RUN" : "RETENTION_RUN",
                "retention_run",
                String.valueOf(id),
                null,
                "complaints anonymised " + view.complaintsAnonymised() + ", held " + view.complaintsHeld()
                        + ", recordings removed " + view.recordingsRemoved() + ", failures " + view.failures());
        return view;
    }
}
