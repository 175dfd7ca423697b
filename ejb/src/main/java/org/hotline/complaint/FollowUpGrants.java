package org.hotline.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * After the receipt is checked, the follow-up carries a grant instead of the PIN: the complaint's number and an
 * expiry, signed with a key that lives only in this server's memory. So the PIN is typed once, never kept, and a
 * grant is worthless after half an hour or a restart. The citizen's status page keeps its own instance (its own key), so
 * a grant of one is worthless to the other.
 */
public final class FollowUpGrants {

    /** This server's grants: the key is made when the application starts and never leaves memory. */
    static final FollowUpGrants SERVER = new FollowUpGrants();

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final byte[] key = new byte[32];

    public FollowUpGrants() {
        new SecureRandom().nextBytes(key);
    }

    public String issue(String number, Instant now) {
        String claim = number + "." + now.plus(LIFETIME).getEpochSecond();
        return claim + "." + signature(claim);
    }

    /** The complaint number the grant is for, or {@link FollowUpExpired} when forged, altered or expired. */
    public String check(String grant, Instant now) {
        String[] parts = grant == null ? new String[0] : grant.split("\\.");
        if (parts.length != 3) {
            throw new FollowUpExpired();
        }
        String claim = parts[0] + "." + parts[1];
        boolean signed = MessageDigest.isEqual(
                signature(claim).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException garbage) {
            throw new FollowUpExpired();
        }
        if (!signed || now.getEpochSecond() >= expires) {
            throw new FollowUpExpired();
        }
        return parts[0];
    }

    private String signature(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
