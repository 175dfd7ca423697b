package org.hotline.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotline.metrics.Exposition;
import org.hotline.metrics.MetricSource;

/**
 * The search index's folder as monitoring sees it: whether it is there, and the room left on its disk (a full disk
 * stops index updates, so searches miss what was written since). Two file-system calls a scrape; with OpenSearch
 * ({@link OpenSearchBackend}), one health request to the engine instead. {@code @PermitAll}:
 * the scraper carries no user, and the answer names no content.
 */
@Singleton
@PermitAll
public class SearchMetrics implements MetricSource {

    @PersistenceUnit(unitName = "hotline")
    private EntityManagerFactory entityManagerFactory;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void writeTo(Exposition out) {
        boolean shared = OpenSearchBackend.inUse();
        Path root = IndexFolders.root(entityManagerFactory);
        boolean present = shared ? OpenSearchState.serving(entityManagerFactory) : Files.isDirectory(root);
        out.family(
                        "hotline_search_index_present",
                        "gauge",
                        "1 while the search index's folder exists (with OpenSearch: while the engine serves it).")
                .sample("hotline_search_index_present", present ? 1 : 0);
        if (present && !shared) { // the engine's disks are the engine's to watch
            try {
                out.family(
                                "hotline_search_index_disk_free_bytes",
                                "gauge",
                                "Room left for the server's user on the disk that holds the search index.")
                        .sample(
                                "hotline_search_index_disk_free_bytes",
                                Files.getFileStore(root).getUsableSpace());
            } catch (IOException unreadable) {
                // the folder went away between the two calls: its absence shows at the next scrape
            }
        }
    }
}
