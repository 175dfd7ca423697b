package org.hotline.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Role;
import org.jboss.logging.Logger;

/**
 * Keeps the indexes whole. At start, when an index is empty while the database holds what belongs in it (a new index
 * folder, a deleted one, a database filled before search existed), when the indexes were built by another version
 * of the analysis ({@link IndexedAnalysis}), or when the server before did not stop cleanly and the indexes may miss
 * its last changes ({@link IndexRunning}), all indexes are rebuilt from the database. An
 * administrator may re-index at any time (after rows were written to the database by other means, or to compact the
 * index) and follow its progress. A re-index runs on a managed thread; searches go on meanwhile and see the index
 * fill up again. Changes made through the application are indexed as they commit. While the server runs, {@link
 * IndexWatch} asks for a rebuild when the indexes were lost (their folder deleted, their disk full, their files
 * damaged) and can be written again.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SampleCatalogue"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the state is one atomic reference
@RolesAllowed(Role.Names.ADMIN)
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);
    private static final String SYSTEM = "system";

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    /** What each index should hold, declared by the area that owns it. */
    @Inject
    private Instance<IndexedContent> indexes;

    @Inject
    private Clock clock;

    private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.never());
    private final AtomicLong failuresAtStart = new AtomicLong();
    /**
     * The server before this one stopped uncleanly and the rebuild that mends it has not begun: a stop meanwhile must
     * leave the indexes marked open, or the next start would take them for whole.
     */
    private volatile boolean startupRebuildOwed;

    @PostConstruct
    void rebuildWhenEmpty() {
        boolean leftOpen = leftOpen();
        startupRebuildOwed = leftOpen;
        executor.submit(() -> {
            if ((leftOpen || anIndexIsEmpty() || anIndexIsOutdated() || analysisChanged()) && begin(SYSTEM)) {
                rebuild(SYSTEM);
            }
            startupRebuildOwed = false; // begun (a stop now sees it running), or not needed
        });
    }

    /**
     * Whether the server before this one stopped without closing the indexes ({@link IndexRunning}): they may miss the
     * changes of its last second. An index folder that cannot be read or written counts as whole here; {@link
     * IndexWatch} deals with it.
     */
    private boolean leftOpen() {
        if (OpenSearchBackend.inUse()) {
            return false; // the engine keeps its own indexes, and each change was sent before its request returned
        }
        try {
            if (!IndexRunning.leftOpen(IndexFolders.root(entityManagerFactory))) {
                return false;
            }
            LOG.warn("The server before this one did not stop cleanly, so the search indexes may miss its last changes:"
                    + " rebuilding them from the database");
            return true;
        } catch (UncheckedIOException unwritable) {
            LOG.errorf(unwritable, "The search indexes' state could not be read or written");
            return false;
        }
    }

    /**
     * A clean stop: every index's changes are committed to disk, and the indexes are marked closed ({@link
     * IndexRunning}), unless they are not whole (a rebuild is running or failed, or index writes failed since the last
     * rebuild began): then the next start rebuilds them.
     */
    @PreDestroy
    void commitAtStop() {
        if (OpenSearchBackend.inUse()) {
            return; // the engine makes its indexes durable itself (its translog), whether this server stops or not
        }
        try {
            Path root = IndexFolders.root(entityManagerFactory);
            if (startupRebuildOwed) {
                LOG.warn("Stopped before the rebuild the unclean stop before asked for had begun: the indexes will be"
                        + " rebuilt at the next start");
                return;
            }
            ReindexProgress.State reindex = progress.get().state();
            if (reindex == ReindexProgress.State.RUNNING || reindex == ReindexProgress.State.FAILED) {
                LOG.warnf("Stopped with a re-index %s: the indexes will be rebuilt at the next start", reindex);
                return;
            }
            if (IndexWriteFailures.count() > failuresAtStart.get()) {
                LOG.warn("Index writes failed since the last re-index: the indexes will be rebuilt at the next start");
                return;
            }
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
                mapping.scope(entity.javaClass()).workspace().flush();
            }
            IndexRunning.closed(root);
        } catch (RuntimeException failed) {
            LOG.errorf(
                    failed,
                    "The search indexes could not be committed at stop: they will be rebuilt at the next start");
        }
    }

    /** Starts re-indexing everything from the database; refused while a re-index runs. */
    public ReindexProgress reindex() {
        String admin = session.getCallerPrincipal().getName();
        if (!begin(admin)) {
            throw new ReindexRunning();
        }
        audit.record(admin, "SEARCH_REINDEXED", "search", "all", null, null);
        executor.submit(() -> rebuild(admin));
        return progress.get();
    }

    /**
     * Rebuilds everything from the database because the indexes were lost or missed changes ({@link IndexWatch}),
     * unless a re-index runs already; audited as the system's re-index, with the trouble it mends.
     *
     * @return when the rebuild began, or empty when one was running
     */
    @PermitAll
    public Optional<Instant> rebuildAfterLoss(IndexTrouble trouble) {
        if (!begin(SYSTEM)) {
            return Optional.empty();
        }
        LOG.warnf("Rebuilding the search indexes from the database after: %s", trouble.code());
        audit.record(SYSTEM, "SEARCH_REINDEXED", "search", "all", null, "after " + trouble.code());
        executor.submit(() -> rebuild(SYSTEM));
        return Optional.of(progress.get().startedAt());
    }

    @PermitAll
    public ReindexProgress progress() {
        return progress.get();
    }

    /** The index writes that had failed when the last re-index began: a re-index mends those, not later ones. */
    @PermitAll
    public long failuresAtLastStart() {
        return failuresAtStart.get();
    }

    private boolean begin(String who) {
        ReindexProgress current = progress.get();
        long failures = IndexWriteFailures.count();
        boolean begun = current.state() != ReindexProgress.State.RUNNING
                && progress.compareAndSet(
                        current,
                        new ReindexProgress(ReindexProgress.State.RUNNING, who, clock.instant(), null, 0, 0, null));
        if (begun) {
            failuresAtStart.set(failures);
        }
        return begun;
    }

    /** Whether the indexes were built by another version of the analysis (or by one that recorded none). */
    private boolean analysisChanged() {
        try {
            boolean shared = OpenSearchBackend.inUse();
            Path root = IndexFolders.root(entityManagerFactory);
            if (shared ? OpenSearchState.analysisIsCurrent(entityManagerFactory) : IndexedAnalysis.isCurrent(root)) {
                return false;
            }
            LOG.infof(
                    "The indexes were built with analysis version %s, the application's is %d: rebuilding them",
                    (shared ? OpenSearchState.recordedAnalysis(entityManagerFactory) : IndexedAnalysis.recorded(root))
                            .orElse("(none recorded)"),
                    TextAnalysis.VERSION);
            return true;
        } catch (java.io.UncheckedIOException unreadable) {
            LOG.error("The analysis version of the indexes could not be read: rebuilding them", unreadable);
            return true;
        }
    }

    private boolean anIndexIsEmpty() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession search = Search.session(em);
            for (IndexedContent index : indexes) {
                long indexed =
                        search.search(index.type()).where(f -> f.matchAll()).fetchTotalHitCount();
                long stored = em.createQuery(index.storedCount(), Long.class).getSingleResult();
                if (indexed == 0 && stored > 0) {
                    LOG.infof(
                            "The %s index is empty and the database holds %d: rebuilding the indexes",
                            index.type().getSimpleName(), stored);
                    return true;
                }
            }
            return false;
        } catch (RuntimeException failed) {
            LOG.error("The search indexes could not be checked", failed);
            return false;
        } finally {
            em.close();
        }
    }

    private boolean anIndexIsOutdated() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            for (IndexedContent index : indexes) {
                if (index.outdated(em)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException failed) {
            LOG.error("The search indexes' rules could not be checked", failed);
            return false;
        } finally {
            em.close();
        }
    }

    /**
     * Writes every index again from the database. Tried twice: after its folder was lost, the index writer Hibernate
     * Search held fails once and is made afresh, on the folder as it is now, for the second try.
     */
    private void rebuild(String who) {
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) { // this try writes everything again: it mends the failures of the first too
                failuresAtStart.set(IndexWriteFailures.count());
            }
            AtomicLong total = new AtomicLong();
            AtomicLong done = new AtomicLong();
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                Search.session(em)
                        .massIndexer(indexes.stream().map(IndexedContent::type).toArray(Class<?>[]::new))
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(100)
                        .monitor(new Monitor(total, done, who))
                        .startAndWait();
                if (OpenSearchBackend.inUse()) {
                    OpenSearchState.recordAnalysis(entityManagerFactory);
                } else {
                    Path root = IndexFolders.root(entityManagerFactory);
                    IndexedAnalysis.record(root);
                    IndexRunning.mark(root); // again, when the folder was lost with it
                    IndexFolders.restrict(root); // the new segments are the server's user's alone whatever the umask
                }
                finish(ReindexProgress.State.DONE, total.get(), total.get(), null);
                LOG.infof("Re-index by %s done: %d documents", who, total.get());
                return;
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                finish(ReindexProgress.State.FAILED, total.get(), done.get(), "interrupted");
                return;
            } catch (RuntimeException failed) {
                if (attempt == 1) {
                    LOG.warnf("The re-index failed (%s); trying once more", failed.getMessage());
                    continue;
                }
                LOG.error("The re-index failed", failed);
                finish(ReindexProgress.State.FAILED, total.get(), done.get(), failed.getMessage());
                return;
            } finally {
                em.close();
            }
        }
    }

    private void finish(ReindexProgress.State state, long total, long done, String failure) {
        ReindexProgress running = progress.get();
        progress.set(new ReindexProgress(
                state, running.startedBy(), running.startedAt(), clock.instant(), total, done, failure));
    }

    /** Hibernate Search's counts, published as they come. */
    private final class Monitor implements MassIndexingMonitor {

        private final AtomicLong total;
        private final AtomicLong done;
        private final String who;

        Monitor(AtomicLong total, AtomicLong done, String who) {
            this.total = total;
            this.done = done;
            this.who = who;
        }

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
            publish();
        }

        @Override
        public void documentsAdded(long count) {
            done.addAndGet(count);
            publish();
        }

        @Override
        public void documentsBuilt(long count) {
            // written documents count, not built ones
        }

        @Override
        public void entitiesLoaded(long count) {
            // idem
        }

        @Override
        public void indexingCompleted() {
            // the caller of startAndWait publishes the end
        }

        private void publish() {
            ReindexProgress running = progress.get();
            progress.set(new ReindexProgress(
                    ReindexProgress.State.RUNNING, who, running.startedAt(), null, total.get(), done.get(), null));
        }
    }
}
