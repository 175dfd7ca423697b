package org.hotline.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading the UTC DATETIME columns of native queries, which arrive as Timestamp or LocalDateTime by driver. */
public final class UtcColumns {

    private UtcColumns() {
    }

    /** The instant a UTC DATETIME column holds, or null. */
    public static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
