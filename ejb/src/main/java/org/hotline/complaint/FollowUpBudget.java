package org.hotline.complaint;

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
 * How many wrong receipt PINs one client may type an hour, across every receipt number: a web address, or a caller's
 * number on the IVR. A try takes a place before its PIN is checked (so a burst of parallel requests cannot overrun
 * the budget) and gives it back when the PIN was right. Kept in memory only, under a keyed hash of the client made
 * at start: no address or caller number reaches the database, as for the other public limits. One server's count;
 * a restart forgets it, the per-number wait in the database does not.
 */
final class FollowUpBudget {

    static final Duration WINDOW = Duration.ofHours(1);
    /** A flood of addresses: forget them all rather than grow without end. */
    private static final int KEPT = 100_000;

    private final byte[] key = new byte[32];
    private final Map<String, Deque<Instant>> tries = new ConcurrentHashMap<>();

    FollowUpBudget() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * Takes a place for one try by this client, or says how long until one frees up (zero when taken). Takes
     * nothing when the budget is spent.
     */
    Duration take(String client, int perHour, Instant now) {
        if (tries.size() > KEPT) {
            tries.clear();
        }
        Deque<Instant> times = tries.computeIfAbsent(pseudonym(client), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return Duration.between(now, times.peekFirst().plus(WINDOW));
            }
            times.addLast(now);
            return Duration.ZERO;
        }
    }

    /** The try was the right PIN: it does not count against the client. */
    void giveBack(String client) {
        Deque<Instant> times = tries.get(pseudonym(client));
        if (times != null) {
            synchronized (times) {
                times.pollLast();
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
