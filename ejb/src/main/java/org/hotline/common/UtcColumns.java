package org.hotline.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reading the columns of native queries whose Java type depends on the driver: UTC DATETIME columns (Timestamp or
 * LocalDateTime) and DATE columns (java.sql.Date or LocalDate).
 */
public final class UtcColumns {

    private UtcColumns() {}

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

    /** The value to give a native query for a UTC DATETIME column: the instant's UTC wall time, or null. */
    public static LocalDateTime value(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The day a DATE column holds, or null. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }
}
