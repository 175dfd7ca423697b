package org.hotline.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hotline.catalog.EService;
import org.jboss.logging.Logger;

/**
 * Keeps the indexes whole across restarts: when the server starts with an index that is empty while the database is
 * not (a new index folder, a deleted one, a database filled before search existed), the index is rebuilt from the
 * database on a managed thread. Changes made through the application are indexed as they commit.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SampleCatalogue"})
@PermitAll
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void rebuildWhenEmpty() {
        executor.submit(this::rebuildIfEmpty);
    }

    private void rebuildIfEmpty() {
        var em = entityManagerFactory.createEntityManager();
        try {
            SearchSession search = Search.session(em);
            long indexed = search.search(EService.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = em.createQuery("select count(s) from EService s", Long.class).getSingleResult();
            if (indexed == 0 && stored > 0) {
                LOG.infof("The e-service index is empty and the database holds %d: rebuilding it", stored);
                search.massIndexer(EService.class).threadsToLoadObjects(1).startAndWait();
                LOG.info("The e-service index is rebuilt");
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            LOG.error("The search index could not be checked or rebuilt", failed);
        } finally {
            em.close();
        }
    }
}
