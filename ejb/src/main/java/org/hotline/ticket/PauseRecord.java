package org.hotline.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.hotline.calendar.SlaClock;

/** One stored interval when the ticket waited for the citizen. */
@Embeddable
public class PauseRecord {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected PauseRecord() {
        // for JPA
    }

    PauseRecord(Instant startedAt) {
        this.startedAt = startedAt;
    }

    boolean isOpen() {
        return endedAt == null;
    }

    void end(Instant at) {
        endedAt = at;
    }

    SlaClock.Pause toPause() {
        return new SlaClock.Pause(startedAt, endedAt);
    }
}
