package org.hotline.search;

import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.jboss.logging.Logger;

/**
 * Hibernate Search's failures in the background (an index commit or refresh, a mass indexing's entity): logged as
 * Hibernate Search's own handler does, and counted ({@link IndexWriteFailures}) so that search reports itself
 * degraded and the indexes are rebuilt. Named in persistence.xml.
 */
public class IndexFailureHandler implements FailureHandler {

    private static final Logger LOG = Logger.getLogger(IndexFailureHandler.class);

    @Override
    public void handle(FailureContext context) {
        IndexWriteFailures.record(context.throwable());
        LOG.errorf(context.throwable(), "Search index failure in %s", context.failingOperation());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        IndexWriteFailures.record(context.throwable());
        LOG.errorf(
                context.throwable(),
                "Search index failure in %s for %d entities",
                context.failingOperation(),
                context.failingEntityReferences().size());
    }
}
