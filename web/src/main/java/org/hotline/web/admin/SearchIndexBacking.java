package org.hotline.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.hotline.common.BusinessException;
import org.hotline.search.ReindexProgress;
import org.hotline.search.SearchIndexes;
import org.hotline.web.faces.Messages;

/** The administrators' re-index: start it, and watch its progress (the page polls while it runs). */
@Named
@RequestScoped
public class SearchIndexBacking {

    @EJB
    private SearchIndexes indexes;

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

    public boolean isRunning() {
        return getProgress().state() == ReindexProgress.State.RUNNING;
    }
}
