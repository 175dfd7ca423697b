package org.hotline.search;

import java.time.Duration;
import java.util.Optional;
import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * The search indexes cannot be read just now (their folder is gone, their files damaged) and are being rebuilt from
 * the database; the same search will work again once they are. Everything else goes on: tickets and complaints are
 * saved as usual.
 */
@Refusal(status = RefusalStatus.SERVICE_UNAVAILABLE, type = "search-degraded")
public class SearchDegraded extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public SearchDegraded(IndexTrouble trouble) {
        super("search is degraded (" + trouble.code() + ")");
        this.reason = trouble.code();
    }

    /** The trouble's code, e.g. {@code index-folder-missing}. */
    public String reason() {
        return reason;
    }

    /** A rebuild takes about a minute per 100,000 records; a client asks again after half a minute. */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(Duration.ofSeconds(30));
    }

    @Override
    public String messageKey() {
        return "search.degraded";
    }

    @Override
    public String detail() {
        String why = IndexTrouble.ENGINE_UNREACHABLE.code().equals(reason)
                ? "the search engine does not answer; search comes back by itself once it does."
                : "the search indexes are being rebuilt from the database.";
        return "Search is degraded (" + reason + "): " + why
                + " Tickets and complaints are saved as usual. Try the search again in a few minutes.";
    }
}
