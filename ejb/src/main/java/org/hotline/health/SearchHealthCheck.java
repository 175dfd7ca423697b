package org.hotline.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search indexes as monitors see them: {@code state} HEALTHY or DEGRADED, the trouble's code ({@code reason}) and
 * since when, whether a rebuild is mending it and how far it is. A degraded search leaves the check UP: the node still
 * takes calls and saves tickets and complaints, which a load balancer must keep sending it; monitors alert on
 * {@code state}. The response names the kind of trouble only, never a path or an error text, since /health is open to
 * monitors without credentials.
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {

    @Inject
    private SearchStatus status;

    @Override
    public HealthCheckResponse call() {
        SearchStatus.Snapshot now = status.now();
        var response = HealthCheckResponse.named("search")
                .up()
                .withData("state", now.state())
                .withData("rebuilding", now.rebuilding())
                .withData("failedWrites", now.failedWrites());
        if (now.reason() != null) {
            response.withData("reason", now.reason()).withData("since", now.since());
        }
        if (now.rebuildPercent() >= 0) {
            response.withData("rebuildPercent", now.rebuildPercent());
        }
        return response.build();
    }
}
