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
 * When a request's index changes are done, and what a failed one does. The request returns once the index writer has
 * the change, so a search made after it finds the ticket (searches read the writer's changes, committed or not:
 * persistence.xml's refresh interval of 0); the change is committed to disk with the others of the same second by
 * Hibernate Search's periodic commit (persistence.xml's commit interval), not by this request. A commit per
 * transaction was what made ticket creation slow: each one flushed a segment of one document and forced its files to
 * disk, one request at a time under the index writer's lock, and requests waited for it about nine tenths of their
 * time (docs/BENCHMARKS.md). What a crash can lose and how it comes back: {@link IndexRunning}.
 *
 * <p>A write that fails (its folder deleted, its disk full) must not fail the ticket or complaint the user just saved:
 * the database is the source of truth and has committed already. Hibernate Search's own synchronisation strategies
 * throw after the commit, which reaches the caller as an error for a write that succeeded; this one logs the failure
 * with the entities it concerns and counts it ({@link IndexWriteFailures}), and {@link IndexWatch} reports search
 * degraded and rebuilds the indexes from the database once they can be written. A failure of the periodic commit is
 * counted likewise ({@link IndexFailureHandler}). Named in persistence.xml.
 */
public class IndexingAfterCommit implements IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(IndexingAfterCommit.class);

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        // OpenSearch shows a change to searches only after a refresh (each second by default): forced with the
        // request's changes, so that a ticket is found as soon as its request has returned there too
        context.documentRefreshStrategy(
                OpenSearchBackend.inUse() ? DocumentRefreshStrategy.FORCE : DocumentRefreshStrategy.NONE);
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
