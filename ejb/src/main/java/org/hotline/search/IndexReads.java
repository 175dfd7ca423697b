package org.hotline.search;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.AlreadyClosedException;
import org.jboss.logging.Logger;

/**
 * Around every boundary that reads the search indexes: when the indexes cannot be read (their folder is gone, their
 * files damaged), the search is refused as {@link SearchDegraded}, a 503 the same search may retry, never a 500; a
 * read that fails on the index's files is refused the same way, and counted, so that {@link IndexWatch} rebuilds the
 * indexes. A failure that does not come from the files (a bug) is left as it is.
 */
public class IndexReads {

    private static final Logger LOG = Logger.getLogger(IndexReads.class);

    @EJB
    private IndexWatch watch;

    @AroundInvoke
    Object guard(InvocationContext call) throws Exception {
        IndexCondition now = watch.condition();
        if (!now.searchable()) {
            throw new SearchDegraded(now.trouble());
        }
        try {
            return call.proceed();
        } catch (RuntimeException failed) {
            if (!fromTheFiles(failed)) {
                throw failed;
            }
            if (OpenSearchBackend.inUse()) {
                // the engine keeps its own files: a failure to reach it is not a lost index, and needs no rebuild
                LOG.warn("A search could not reach the search engine", failed);
                throw new SearchDegraded(IndexTrouble.ENGINE_UNREACHABLE);
            }
            LOG.error("A search could not read the index: search is degraded until the indexes are rebuilt", failed);
            IndexWriteFailures.record(failed);
            throw new SearchDegraded(IndexTrouble.UNREADABLE);
        }
    }

    private static boolean fromTheFiles(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException
                    || cause instanceof UncheckedIOException
                    || cause instanceof AlreadyClosedException) {
                return true;
            }
        }
        return false;
    }
}
