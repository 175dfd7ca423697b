package org.hotline.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified in the last few minutes, so that an integration that sends Basic on every request costs one
 * PBKDF2 hash per {@link #REMEMBERED_FOR}, not one per request (a hash takes about 0.3 s of a core).
 *
 * <p>What is kept is an HMAC-SHA256, under a key drawn at start-up and held only in memory, of the username, the
 * password and the account's stored hash: nothing that could be reversed or used elsewhere, and a changed password
 * (a new stored hash) matches no remembered entry. Only a right password is remembered, so a hit tells a guesser
 * nothing they did not know.
 */
@ApplicationScoped
public class RecentSignIns {

    public static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Instant> verified = new HashMap<>();

    public RecentSignIns() {
        new SecureRandom().nextBytes(key);
    }

    public synchronized boolean remembers(String username, String password, String storedHash, Instant now) {
        Instant until = verified.get(tag(username, password, storedHash));
        return until != null && now.isBefore(until);
    }

    public synchronized void remember(String username, String password, String storedHash, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(until -> !now.isBefore(until));
        }
        if (verified.size() < MAX_ENTRIES) {
            verified.put(tag(username, password, storedHash), now.plus(REMEMBERED_FOR));
        }
    }

    private String tag(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : new String[] {username, password, storedHash}) {
                byte[] bytes = part.getBytes(UTF_8);
                mac.update((byte) (bytes.length >>> 24));
                mac.update((byte) (bytes.length >>> 16));
                mac.update((byte) (bytes.length >>> 8));
                mac.update((byte) bytes.length);
                mac.update(bytes);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("HmacSHA256 is not available", missingFromTheJdk);
        }
    }
}
