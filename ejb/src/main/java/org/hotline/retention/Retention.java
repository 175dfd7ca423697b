package org.hotline.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.util.List;
import org.hotline.common.Role;

/**
 * The administrators' retention desk: the periods in force, the report of the job's runs (the latest first), and a
 * run now, real or dry.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Retention {

    /** The report shows this many of the latest runs. */
    public static final int REPORT_RUNS = 100;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private RetentionJob job;

    @Inject
    private RetentionSettings settings;

    @Resource
    private SessionContext session;

    /** The periods in force, as the report states them: 0 days means kept for ever. */
    public record Policy(
            int complaintDays, int recordingDays, boolean recordingsFolderSet, LocalTime runsAt, int batch) {}

    public Policy policy() {
        return new Policy(
                settings.complaintDays(),
                settings.recordingDays(),
                settings.recordingsDir().isPresent(),
                settings.runAt().orElse(null),
                settings.batch());
    }

    public List<RunView> runs() {
        return em.createQuery("select r from RetentionRun r order by r.startedAt desc, r.id desc", RetentionRun.class)
                .setMaxResults(REPORT_RUNS)
                .getResultStream()
                .map(RetentionRun::view)
                .toList();
    }

    /** Runs the job now, in batches each in a transaction of its own; a dry run only counts. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunView runNow(boolean dryRun) {
        return job.run(session.getCallerPrincipal().getName(), dryRun);
    }
}
