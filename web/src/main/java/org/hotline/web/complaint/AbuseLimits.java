package org.hotline.web.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client address may do something on the public pages (file a complaint, try a receipt, check a
 * document), over a
 * sliding window. Kept in memory only, under a hash of the address with a key made at start: no address reaches the
 * database or the complaint, so nothing about an anonymous filer is stored beyond what they typed.
 */
@ApplicationScoped
public class AbuseLimits {

    private static final int KEPT = 100_000;

    /** Public checks of secure documents one address may make a minute: {@code HOTLINE_PUBLIC_VERIFY_PER_MINUTE}. */
    public static int documentChecksPerMinute() {
        String configured = System.getenv("HOTLINE_PUBLIC_VERIFY_PER_MINUTE");
        return configured == null || configured.isBlank() ? 30 : Integer.parseInt(configured.strip());
    }

    private final Clock clock = Clock.systemUTC();
    private final byte[] key = new java.security.SecureRandom().generateSeed(16);
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    /** Counts an attempt and says whether it is within {@code max} per {@code window} for this address. */
    public boolean allow(String action, String address, int max, Duration window) {
        if (attempts.size() > KEPT) {
            attempts.clear(); // a flood of addresses: forget rather than grow without end
        }
        Instant now = clock.instant();
        Deque<Instant> times = attempts.computeIfAbsent(action + ":" + pseudonym(address), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private String pseudonym(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key);
            return HexFormat.of().formatHex(digest.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
