package org.hotline.web.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, its connections cut, the pool unable
 * to give one within its blocking timeout) from any other. Such a failure is the server's, but temporary: the API
 * answers it 503 {@code database-unavailable} with {@code Retry-After}, and pages say that nothing was saved and to
 * try again, instead of a 500. The datasource fails fast in that state (HotlineDS in {@code datasource.cli}), and
 * heals by itself once the database is back; nothing here asks the database anything, so a request pays only for
 * walking its exception's causes, and only when it failed.
 *
 * <p>Recognised among the causes, however the container and Hibernate wrapped them: a JDBC connection exception (its
 * class, or SQLState class {@code 08}), Hibernate's {@code JDBCConnectionException}, and the connector's
 * {@code ResourceException} (no connection from the pool). Classes outside the JDK are matched by name: the web
 * module compiles against neither Hibernate nor the connector API.
 */
public final class DatabaseUnavailable {

    /** How long a client is told to wait before trying again: about the time MariaDB takes to restart. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final String CONNECTION_STATE_CLASS = "08";
    private static final String HIBERNATE_CONNECTION = "org.hibernate.exception.JDBCConnectionException";
    private static final String RESOURCE_EXCEPTION = "jakarta.resource.ResourceException";

    private DatabaseUnavailable() {}

    /** Whether this failure, or any cause or suppressed exception of it, says the database could not be reached. */
    public static boolean among(Throwable failure) {
        return among(failure, new IdentityHashMap<>());
    }

    private static boolean among(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (is(failure)) {
            return true;
        }
        if (failure instanceof SQLException sql && among(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (among(suppressed, seen)) {
                return true;
            }
        }
        return among(failure.getCause(), seen);
    }

    private static boolean is(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
            return true;
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            String name = type.getName();
            if (name.equals(HIBERNATE_CONNECTION) || name.equals(RESOURCE_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
