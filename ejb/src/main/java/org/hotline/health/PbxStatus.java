package org.hotline.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Where the telephony module's AMI connection tells the health check how it is doing. It lives in the health jar
 * (EAR/lib), which every module sees, because the health check cannot see the telephony module.
 */
@ApplicationScoped
public class PbxStatus {

    /**
     * How the connection stands: whether a PBX is configured and connected, the call events not yet written and how
     * long the oldest of them has waited, the events written since start, those set aside because they could not be
     * written while the database answered, the PBX's facts that named no call and could not be matched to one (an
     * agent's completion without ids whose member had no call in hand), whether call events are held for a database
     * that does not answer, the call events refused because the backlog was full, and that bound.
     */
    public record Snapshot(
            boolean configured,
            boolean connected,
            long backlog,
            long backlogAgeMillis,
            long written,
            long failures,
            long unmatched,
            boolean waitingForDatabase,
            long refused,
            long backlogBound) {}

    private volatile Supplier<Snapshot> source = () -> new Snapshot(false, false, 0, 0, 0, 0, 0, false, 0, 0);

    /** The telephony module registers where the current state comes from. */
    public void reportFrom(Supplier<Snapshot> current) {
        source = current;
    }

    public Snapshot now() {
        return source.get();
    }
}
