package org.hotline.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The PBX link as monitors see it: whether it is connected, how many call events wait to be written (and whether they
 * are held for a database that does not answer), how many were set aside or refused by a full backlog. A PBX that is
 * away does not make the application unready (agents still work tickets, and the connection comes back by itself); a
 * backlog that keeps growing does, because the call log falls behind.
 */
@Readiness
@ApplicationScoped
public class PbxHealthCheck implements HealthCheck {

    static final long BACKLOG_LIMIT = 5_000;

    @Inject
    private PbxStatus status;

    @Override
    public HealthCheckResponse call() {
        PbxStatus.Snapshot now = status.now();
        return HealthCheckResponse.named("pbx")
                .status(now.backlog() <= BACKLOG_LIMIT)
                .withData("configured", now.configured())
                .withData("connected", now.connected())
                .withData("backlog", now.backlog())
                .withData("backlogAgeMillis", now.backlogAgeMillis())
                .withData("written", now.written())
                .withData("failures", now.failures())
                .withData("unmatched", now.unmatched())
                .withData("waitingForDatabase", now.waitingForDatabase())
                .withData("refused", now.refused())
                .withData("backlogBound", now.backlogBound())
                .build();
    }
}
