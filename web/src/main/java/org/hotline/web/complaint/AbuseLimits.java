package org.hotline.web.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.hotline.common.ClientWindows;
import org.hotline.web.http.WebSettings;

/**
 * How often one client address may do something on the public pages (file a complaint, check a document), over a
 * sliding window ({@link ClientWindows}: in memory only, under a keyed hash of the address, so nothing about an
 * anonymous filer is stored beyond what they typed).
 */
@ApplicationScoped
public class AbuseLimits {

    @Inject
    private WebSettings settings;

    /** Public checks of secure documents one address may make a minute: {@code HOTLINE_PUBLIC_VERIFY_PER_MINUTE}. */
    public int documentChecksPerMinute() {
        return settings.documentChecksPerMinute();
    }

    @Inject
    private Clock clock;

    private final ClientWindows windows = new ClientWindows();

    /** Counts an attempt and says whether it is within {@code max} per {@code window} for this address. */
    public boolean allow(String action, String address, int max, Duration window) {
        return windows.take(action + ":" + address, max, window, clock.instant())
                .isZero();
    }
}
