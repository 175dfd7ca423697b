package org.hotline.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Role;
import org.hotline.common.UtcColumns;

/**
 * Administrators import the files institutions deliver into the registry's inbox folder ({@code
 * HOTLINE_DOCUMENT_INBOX}, by default {@code document-inbox} in the server's data folder): streamed, checked row by
 * row, written in batches on a managed thread, followed while it runs, cancelled, and restarted after a failure or a
 * cancel without registering anything twice. Starting, cancelling and restarting are audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DocumentImports {

    @Inject
    private Clock clock;

    @Inject
    private DocumentSettings settings;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private DocumentImportBatches batches;

    @EJB
    private AuditTrail audit;

    @Resource
    private ManagedExecutorService executor;

    /** Where the batches are written, apart from the reading threads (server.cli says why). */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/hotline-import-writes")
    private ManagedExecutorService writes;

    @Resource
    private SessionContext session;

    /** Starts importing a file of the inbox (its name only: no folder can be named). */
    public ImportView start(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,200}") String fileName) {
        Path file = settings.inbox().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new DocumentNotFound("file " + fileName + " in the inbox");
        }
        em.createNativeQuery("insert into document_import (file_name, state, started_by, started_at) values"
                        + " (?1, 'RUNNING', ?2, utc_timestamp(6))")
                .setParameter(1, fileName)
                .setParameter(2, admin())
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        audit.record(admin(), "DOCUMENT_IMPORT_STARTED", "document_import", String.valueOf(id), null, fileName);
        run(id, file);
        return view(id);
    }

    /** Asks a running import to stop after its current batch; what it wrote stays, and a restart goes on from there. */
    public ImportView cancel(long id) {
        ImportView current = view(id);
        if (!ImportJob.cancel(id)) {
            throw new DocumentRefused("import " + id + " is not running here (" + current.state() + ")");
        }
        audit.record(admin(), "DOCUMENT_IMPORT_CANCELLED", "document_import", String.valueOf(id), null, null);
        return current;
    }

    /**
     * Runs an import again from the start of its file, after a failure, a cancel or a server that stopped under it.
     * The rows already registered are found and left alone, so the final count is the file's, once.
     */
    public ImportView restart(long id) {
        ImportView current = view(id);
        if (ImportJob.running(id) || "DONE".equals(current.state())) {
            throw new DocumentRefused("import " + id + " is " + (ImportJob.running(id) ? "running" : "done"));
        }
        Path file = settings.inbox().resolve(current.fileName());
        if (!Files.isRegularFile(file)) {
            throw new DocumentNotFound("file " + current.fileName() + " in the inbox");
        }
        em.createNativeQuery("update document_import set state = 'RUNNING', failure = null, finished_at = null,"
                        + " lines_read = 0 where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        audit.record(
                admin(), "DOCUMENT_IMPORT_RESTARTED", "document_import", String.valueOf(id), null, current.fileName());
        run(id, file);
        return view(id);
    }

    public ImportView view(long id) {
        List<?> rows = em.createNativeQuery(
                        "select id, file_name, state, started_by, started_at, finished_at,"
                                + " lines_read, inserted, already_registered, rejected, failure from document_import where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DocumentNotFound("import " + id);
        }
        Object[] row = (Object[]) rows.get(0);
        String state = (String) row[2];
        if ("RUNNING".equals(state) && !ImportJob.running(id)) {
            state = "INTERRUPTED"; // the server stopped under it: restart it
        }
        return new ImportView(
                ((Number) row[0]).longValue(),
                (String) row[1],
                state,
                (String) row[3],
                UtcColumns.instant(row[4]),
                UtcColumns.instant(row[5]),
                ((Number) row[6]).longValue(),
                ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(),
                ((Number) row[9]).longValue(),
                (String) row[10]);
    }

    /** The rejected rows, by line, at most {@code max} from {@code first}. */
    public List<ImportRejection> rejections(long id, int first, int max) {
        view(id);
        List<?> rows = em.createNativeQuery(
                        "select line, reason from document_import_rejection where import_id = ?1" + " order by line")
                .setParameter(1, id)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, 1000))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new ImportRejection(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    private void run(long id, Path file) {
        Set<String> institutions = new HashSet<>(
                em.createQuery("select i.code from Institution i", String.class).getResultList());
        ImportJob job = new ImportJob(id, file, institutions, settings.secrets(), batches, writes, clock);
        ImportJob.claim(id);
        executor.submit(job);
    }

    private String admin() {
        return session.getCallerPrincipal().getName();
    }
}
