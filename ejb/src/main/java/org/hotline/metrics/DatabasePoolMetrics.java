package org.hotline.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Whether the database answers, and the connection pool of the application's datasource as WildFly's datasources subsystem counts it (its
 * {@code statistics-enabled}, set in the ear's datasource.cli), read through the server's JMX view of its management
 * model: connections in use, idle, and requests waiting for one. A server without that view gives no pool figures
 * rather than failing the scrape.
 */
@ApplicationScoped
public class DatabasePoolMetrics implements MetricSource {

    private static final Logger LOG = Logger.getLogger(DatabasePoolMetrics.class);
    private static final String POOL = "jboss.as:subsystem=datasources,data-source=HotlineDS,statistics=pool";

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/HotlineDS")
    private DataSource dataSource;

    private volatile boolean warned;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public void writeTo(Exposition out) {
        out.family(
                        "hotline_database_up",
                        "gauge",
                        "1 when the database gives a valid connection now (the readiness check's question).")
                .sample("hotline_database_up", answers() ? 1 : 0);
        Map<String, Number> pool = pool();
        if (pool.isEmpty()) {
            return;
        }
        gauge(out, pool, "hotline_db_pool_active", "inusecount", "Connections of the pool in use by a request now.");
        gauge(out, pool, "hotline_db_pool_idle", "idlecount", "Connections of the pool open and free now.");
        gauge(
                out,
                pool,
                "hotline_db_pool_waiting",
                "waitcount",
                "Requests waiting for a connection now (the pool is exhausted; each waits 5 s at most).");
        gauge(out, pool, "hotline_db_pool_max", "maxpoolsize", "Most connections the pool opens.");
        if (pool.containsKey("timedout")) {
            out.family(
                    "hotline_db_pool_timeouts_total",
                    "counter",
                    "Requests that gave up waiting for a connection since the server started.");
            out.sample("hotline_db_pool_timeouts_total", pool.get("timedout").doubleValue());
        }
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static void gauge(Exposition out, Map<String, Number> pool, String name, String attribute, String help) {
        Number value = pool.get(attribute);
        if (value != null) {
            out.family(name, "gauge", help);
            out.sample(name, value.doubleValue());
        }
    }

    /** The pool's numeric statistics by lower-cased attribute name (the JMX view camel-cases the model's names). */
    private Map<String, Number> pool() {
        Map<String, Number> values = new TreeMap<>();
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(POOL);
            if (!server.isRegistered(name)) {
                return values;
            }
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                String key = attribute.getName().toLowerCase(Locale.ROOT).replace("-", "");
                if (key.equals("inusecount")
                        || key.equals("idlecount")
                        || key.equals("waitcount")
                        || key.equals("timedout")
                        || key.equals("activecount")) {
                    Object value = server.getAttribute(name, attribute.getName());
                    if (value instanceof Number number) {
                        values.put(key, number);
                    }
                }
            }
            ObjectName datasource = new ObjectName("jboss.as:subsystem=datasources,data-source=HotlineDS");
            if (server.isRegistered(datasource)) {
                Object max = server.getAttribute(datasource, "maxPoolSize");
                if (max instanceof Number number) {
                    values.put("maxpoolsize", number);
                }
            }
        } catch (JMException | RuntimeException unreadable) {
            if (!warned) {
                warned = true;
                LOG.warnf("The database pool's statistics cannot be read (%s): no pool figures", unreadable);
            }
        }
        return values;
    }
}
