package org.hotline.web.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.hotline.common.ClientWindows;

/**
 * How often one client address may do something on the public pages (file a complaint, check a document), over a
 * sliding window ({@link ClientWindows}: in memory only, under a keyed hash of the address, so nothing about an
 * anonymous filer is stored beyond what they typed).
 */
@ApplicationScoped
public class AbuseLimits {

    /** Public checks of secure documents one address may make a minute: {@code HOTLINE_PUBLIC_VERIFY_PER_MINUTE}. */
    public static int documentChecksPerMinute() {
        String configured = System.getenv("HOTLINE_PUBLIC_VERIFY_PER_MINUTE");
        return configured == null || configured.isBlank() ? 30 : Integer.parseInt(configured.strip());
    }

    private final Clock clock = Clock.systemUTC();
    private final ClientWindows windows = new ClientWindows();

    /** Counts an attempt and says whether it is within {@code max} per {@code window} for this address. */
    public boolean allow(String action, String address, int max, Duration window) {
        return windows.take(action + ":" + address, max, window, clock.instant()).isZero();
    }
}
