package org.hotline.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashes with PBKDF2-HMAC-SHA256 from the JDK.
 *
 * <p>The stored form is {@code pbkdf2-sha256$iterations$salt$hash} (Base64), so the work factor can be raised later:
 * old hashes still verify, and {@link #needsRehash(String)} tells when to store a stronger one. 600,000 iterations is
 * OWASP's 2023 figure for this function.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** A hasher with another work factor; only tests of the format use a small one. */
    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** True when the password matches the stored hash. A malformed stored hash matches nothing. */
    public boolean verify(String password, String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt(), parsed.iterations());
        return MessageDigest.isEqual(candidate, parsed.hash());
    }

    public boolean needsRehash(String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        return parsed == null || parsed.iterations() < iterations;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM)
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(JCA_ALGORITHM + " is not available", missingFromTheJdk);
        } finally {
            spec.clearPassword();
        }
    }

    private record StoredHash(int iterations, byte[] salt, byte[] hash) {

        static StoredHash parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
                return null;
            }
            try {
                Base64.Decoder base64 = Base64.getDecoder();
                return new StoredHash(
                        Integer.parseInt(parts[1]),
                        base64.decode(parts[2].getBytes(UTF_8)),
                        base64.decode(parts[3].getBytes(UTF_8)));
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
