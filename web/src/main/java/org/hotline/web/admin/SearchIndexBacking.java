package org.hotline.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.hotline.common.BusinessException;
import org.hotline.search.IndexCondition;
import org.hotline.search.IndexWatch;
import org.hotline.search.ReindexProgress;
import org.hotline.search.SearchIndexes;
import org.hotline.web.faces.Messages;

/**
 * The administrators' re-index: start it, and watch its progress (the page polls while it runs); and how the indexes
 * stand, degraded with the reason when they were lost and are being rebuilt by themselves.
 */
@Named
@RequestScoped
public class SearchIndexBacking {

    @EJB
    private SearchIndexes indexes;

    @EJB
    private IndexWatch watch;

    public void reindex() {
        try {
            indexes.reindex();
            Messages.info("reindex.started");
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    public ReindexProgress getProgress() {
        return indexes.progress();
    }

    /** How the indexes stand: healthy, or degraded with the trouble's code (shown in the user's language). */
    public IndexCondition getCondition() {
        return watch.condition();
    }

    public boolean isRunning() {
        return getProgress().state() == ReindexProgress.State.RUNNING;
    }
}
