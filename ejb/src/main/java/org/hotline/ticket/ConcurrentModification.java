package org.hotline.ticket;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** Somebody else changed the ticket after the caller read it; nothing was saved, so nothing is lost silently. */
@Refusal(status = RefusalStatus.CONFLICT, type = "stale-version")
public class ConcurrentModification extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public ConcurrentModification(TicketNumber number, long seen, long current) {
        super("ticket " + number + " was changed by someone else (version " + seen + " seen, " + current + " now)");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public String messageKey() {
        return "ticket.concurrentModification";
    }

    @Override
    public String detail() {
        return getMessage() + ". Read the ticket again, then repeat the change.";
    }
}
