package org.hotline.common;

import java.time.ZoneId;

/**
 * The hotline's clock face. Times are stored in UTC; rules about opening hours and everything shown to people use
 * Baghdad time (UTC+3, no daylight saving).
 */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Baghdad");

    private BusinessTime() {}
}
