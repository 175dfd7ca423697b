package org.hotline.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How much each client of the public services (a web address, a caller's number) has done within a sliding window:
 * the public pages' limits and the follow-up's budget of wrong PINs. Kept in memory only, under a keyed hash of the
 * client with a key made at start, so that no address or caller number is stored anywhere; one server's count, which
 * a restart forgets.
 */
public final class ClientWindows {

    /** A flood of clients: forget them all rather than grow without end. */
    private static final int KEPT = 100_000;

    private final byte[] key = new byte[32];
    private final Map<String, Deque<Instant>> times = new ConcurrentHashMap<>();

    public ClientWindows() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * Takes a place for one more try by this client within {@code max} per {@code window}, or says how long until one
     * frees up (zero when taken). Takes nothing when the window is full, so that refused tries do not prolong it.
     */
    public Duration take(String client, int max, Duration window, Instant now) {
        if (times.size() > KEPT) {
            times.clear();
        }
        Deque<Instant> taken = times.computeIfAbsent(pseudonym(client), k -> new ArrayDeque<>());
        synchronized (taken) {
            while (!taken.isEmpty() && !taken.peekFirst().plus(window).isAfter(now)) {
                taken.pollFirst();
            }
            if (taken.size() >= max) {
                return Duration.between(now, taken.peekFirst().plus(window));
            }
            taken.addLast(now);
            return Duration.ZERO;
        }
    }

    /** Gives back the client's latest place: the try turned out not to count. */
    public void giveBack(String client) {
        Deque<Instant> taken = times.get(pseudonym(client));
        if (taken != null) {
            synchronized (taken) {
                taken.pollLast();
            }
        }
    }

    private String pseudonym(String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(client).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
