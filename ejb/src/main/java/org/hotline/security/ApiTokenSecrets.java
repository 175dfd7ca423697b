package org.hotline.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The tokens' form: {@code h5599_} and 256 random bits in URL-safe Base64 (43 characters). The prefix lets secret
 * scanners and people recognise a leaked token. A SHA-256 is enough to store them: unlike a password, a token has
 * all the entropy it needs, so no slow hash is wanted and a lookup by hash is one index probe.
 */
final class ApiTokenSecrets {

    static final String PREFIX = "h5599_";
    static final int SHOWN_PREFIX = PREFIX.length() + 6;
    private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {}

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static boolean looksLikeAToken(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException("SHA-256 is not available", missingFromTheJdk);
        }
    }
}
