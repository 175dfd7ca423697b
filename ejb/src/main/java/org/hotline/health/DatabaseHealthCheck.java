package org.hotline.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The application is ready only while its database answers. A readiness check, not a liveness one: a database outage
 * should take the node out of the load balancer, not get the server restarted. The response names no host, user or
 * error text, because /health is open to monitors without credentials.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/HotlineDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(answers()).build();
    }

    /** Whether the database gives a valid connection now (the call log's writes ask this after failed tries). */
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
