package org.hotline.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jboss.logging.Logger;

/**
 * Hibernate Search's {@code write-sync} (the request returns once the index has the change, committed to disk), except
 * on failure: the database is the source of truth and has committed already, so an index that cannot be written (its
 * folder deleted, its disk full) must not fail the ticket or complaint the user just saved. Hibernate Search's own
 * {@code write-sync} throws after the commit, which reaches the caller as an error for a write that succeeded; this
 * strategy logs the failure with the entities it concerns and counts it ({@link IndexWriteFailures}), and
 * {@link IndexWatch} reports search degraded and rebuilds the indexes from the database once they can be written.
 * Named in persistence.xml.
 */
public class IndexingAfterCommit implements IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(IndexingAfterCommit.class);

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(IndexingAfterCommit::await);
    }

    private static void await(CompletableFuture<? extends SearchIndexingPlanExecutionReport> indexing) {
        try {
            SearchIndexingPlanExecutionReport report = indexing.join();
            report.throwable()
                    .ifPresent(
                            failure -> failed(failure, report.failingEntities().size()));
        } catch (CompletionException failure) {
            failed(failure.getCause() == null ? failure : failure.getCause(), -1);
        }
    }

    private static void failed(Throwable failure, int entities) {
        IndexWriteFailures.record(failure);
        LOG.errorf(
                failure,
                "A change committed to the database could not be written to the search index (%s entities);"
                        + " search is degraded until the indexes are rebuilt",
                entities < 0 ? "all its" : String.valueOf(entities));
    }
}
