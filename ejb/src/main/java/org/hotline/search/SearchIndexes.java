package org.hotline.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hotline.audit.AuditTrail;
import org.hotline.catalog.EService;
import org.hotline.catalog.InstitutionCode;
import org.hotline.citizen.Citizen;
import org.hotline.complaint.Complaint;
import org.hotline.security.Role;
import org.hotline.ticket.Ticket;
import org.jboss.logging.Logger;

/**
 * Keeps the indexes whole. At start, when an index is empty while the database holds what belongs in it (a new index
 * folder, a deleted one, a database filled before search existed), or when the indexes were built by another version
 * of the analysis ({@link IndexedAnalysis}), all indexes are rebuilt from the database. An
 * administrator may re-index at any time (after rows were written to the database by other means, or to compact the
 * index) and follow its progress. A re-index runs on a managed thread; searches go on meanwhile and see the index
 * fill up again. Changes made through the application are indexed as they commit.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SampleCatalogue"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the state is one atomic reference
@RolesAllowed(Role.Names.ADMIN)
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);
    private static final String SYSTEM = "system";

    /** What belongs in each index, counted in the database. Complaints about staff stay out of the ticket index. */
    private static final Map<Class<?>, String> STORED = new LinkedHashMap<>();

    static {
        STORED.put(EService.class, "select count(s) from EService s");
        STORED.put(Citizen.class, "select count(c) from Citizen c");
        STORED.put(Ticket.class, "select count(t) from Ticket t"
                + " where t.type <> org.hotline.ticket.TicketType.COMPLAINT_ABOUT_STAFF");
        STORED.put(Complaint.class, "select count(c) from Complaint c");
    }

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.never());

    @PostConstruct
    void rebuildWhenEmpty() {
        executor.submit(() -> {
            if ((anIndexIsEmpty() || aComplaintHasAnOldCode() || analysisChanged()) && begin(SYSTEM)) {
                rebuild(SYSTEM);
            }
        });
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

    public ReindexProgress progress() {
        return progress.get();
    }

    private boolean begin(String who) {
        ReindexProgress current = progress.get();
        return current.state() != ReindexProgress.State.RUNNING && progress.compareAndSet(current,
                new ReindexProgress(ReindexProgress.State.RUNNING, who, clock.instant(), null, 0, 0, null));
    }

    /** Whether the indexes were built by another version of the analysis (or by one that recorded none). */
    private boolean analysisChanged() {
        try {
            Path root = IndexFolders.root(entityManagerFactory);
            if (IndexedAnalysis.isCurrent(root)) {
                return false;
            }
            LOG.infof("The indexes were built with analysis version %s, the application's is %d: rebuilding them",
                    IndexedAnalysis.recorded(root).orElse("(none recorded)"), TextAnalysis.VERSION);
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
            for (var type : STORED.entrySet()) {
                long indexed = search.search(type.getKey()).where(f -> f.matchAll()).fetchTotalHitCount();
                long stored = em.createQuery(type.getValue(), Long.class).getSingleResult();
                if (indexed == 0 && stored > 0) {
                    LOG.infof("The %s index is empty and the database holds %d: rebuilding the indexes",
                            type.getKey().getSimpleName(), stored);
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

    /**
     * Whether the complaint index still holds an institution code in a spelling other than the catalogue's: indexed
     * before the stored codes were made canonical, it would let a look-alike escape the recusal filter of searches.
     */
    private boolean aComplaintHasAnOldCode() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            AggregationKey<Map<String, Long>> codes = AggregationKey.of("institution");
            Map<String, Long> indexed = Search.session(em).search(Complaint.class).where(f -> f.matchAll())
                    .aggregation(codes, f -> f.terms().field("institution", String.class).maxTermCount(10_000))
                    .fetch(0).aggregation(codes);
            boolean old = indexed.keySet().stream()
                    .anyMatch(code -> !InstitutionCode.wellFormed(code).filter(code::equals).isPresent());
            if (old) {
                LOG.info("The complaint index holds institution codes in an old spelling: rebuilding the indexes");
            }
            return old;
        } catch (RuntimeException failed) {
            LOG.error("The complaint index's institution codes could not be checked", failed);
            return false;
        } finally {
            em.close();
        }
    }

    private void rebuild(String who) {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(STORED.keySet().toArray(Class<?>[]::new))
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100)
                    .monitor(new Monitor(total, done, who)).startAndWait();
            IndexedAnalysis.record(IndexFolders.root(entityManagerFactory));
            finish(ReindexProgress.State.DONE, total.get(), total.get(), null);
            LOG.infof("Re-index by %s done: %d documents", who, total.get());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            finish(ReindexProgress.State.FAILED, total.get(), done.get(), "interrupted");
        } catch (RuntimeException failed) {
            LOG.error("The re-index failed", failed);
            finish(ReindexProgress.State.FAILED, total.get(), done.get(), failed.getMessage());
        } finally {
            em.close();
        }
    }

    private void finish(ReindexProgress.State state, long total, long done, String failure) {
        ReindexProgress running = progress.get();
        progress.set(new ReindexProgress(state, running.startedBy(), running.startedAt(), clock.instant(), total,
                done, failure));
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
            progress.set(new ReindexProgress(ReindexProgress.State.RUNNING, who, running.startedAt(), null,
                    total.get(), done.get(), null));
        }
    }
}
