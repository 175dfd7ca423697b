package org.hotline.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Where the search area tells the health check how its indexes stand. It lives in the health jar (EAR/lib), which
 * every module sees, because the health check cannot see the EJB module.
 */
@ApplicationScoped
public class SearchStatus {

    /**
     * How the indexes stand: {@code HEALTHY} or {@code DEGRADED}; the trouble's code ({@code index-folder-missing},
     * {@code disk-full}, {@code index-not-writable}, {@code index-unreadable}, {@code index-writes-failed}) and since
     * when (ISO-8601), null when healthy; whether a rebuild is mending it and how far it is (percent, -1 when none);
     * how many index writes failed since the server started.
     */
    public record Snapshot(
            String state, String reason, String since, boolean rebuilding, int rebuildPercent, long failedWrites) {}

    private volatile Supplier<Snapshot> source = () -> new Snapshot("HEALTHY", null, null, false, -1, 0);

    /** The search area registers where the current state comes from. */
    public void reportFrom(Supplier<Snapshot> current) {
        source = current;
    }

    public Snapshot now() {
        return source.get();
    }
}
