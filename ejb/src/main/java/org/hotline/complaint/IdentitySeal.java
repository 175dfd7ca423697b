package org.hotline.complaint;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hotline.common.Settings;

/**
 * Seals the complainant's identity (name, phone, national id) in the database: AES-256-GCM with a random 96-bit nonce,
 * under keys given to the server in {@code HOTLINE_IDENTITY_KEY} and never stored in the database, so that a copy of
 * the database, a backup or a database administrator reads only ciphertext.
 *
 * <p>The variable holds one key (base64 of 32 bytes) or a list {@code id:key,id:key,…}: the FIRST key seals what is
 * written now, every key listed opens what was sealed with it. A sealed value is {@code 1 | id length | id | nonce |
 * ciphertext and tag}, so it names the key that opens it. The complaint's number and the field are the associated
 * data: a sealed name moved to another complaint, or into the phone column, no longer opens.
 */
public final class IdentitySeal {

    static final String VARIABLE = "HOTLINE_IDENTITY_KEY";
    /** The id of a key given alone, without "id:". */
    static final String SINGLE_KEY_ID = "k1";

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    /** The identity's fields, each sealed apart and bound to its own name. */
    public enum Field {
        NAME,
        PHONE,
        NATIONAL_ID
    }

    private final String currentId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    IdentitySeal(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set: complainants' identities cannot be sealed"
                    + " (base64 of 32 random bytes; scripts/run.sh makes one in .hotline/identity-key)");
        }
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : configured.strip().split("\\s*,\\s*")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? SINGLE_KEY_ID : entry.substring(0, colon).strip();
            String encoded = colon < 0 ? entry : entry.substring(colon + 1).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(VARIABLE + ": a key id is 1 to 16 letters, digits, '-' or '_'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException(VARIABLE + ": the key " + id + " is not base64", notBase64);
            }
            if (key.length != 32) {
                throw new IllegalStateException(VARIABLE + ": the key " + id + " must be 32 bytes (base64)");
            }
            if (parsed.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException(VARIABLE + ": the key id " + id + " is listed twice");
            }
        }
        this.keys = Map.copyOf(parsed);
        this.currentId = parsed.keySet().iterator().next();
    }

    /** The keys of this server ({@code HOTLINE_IDENTITY_KEY}); fails naming the variable when missing or malformed. */
    static IdentitySeal from(Settings settings) {
        return new IdentitySeal(settings.text(VARIABLE).orElse(null));
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static IdentitySeal read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, IdentitySeal settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }

    /** The id of the key that seals new values. */
    public String currentKeyId() {
        return currentId;
    }

    /** The value sealed with the current key for this complaint and field; null stays null. */
    public byte[] seal(long complaintId, Field field, String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] id = currentId.getBytes(StandardCharsets.US_ASCII);
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(complaintId, field));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                    .put(FORMAT)
                    .put((byte) id.length)
                    .put(id)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    /** The value a sealed one holds; fails when no configured key opens it or it was moved or altered. */
    public String open(long complaintId, Field field, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        String id = keyIdOf(sealed);
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("a complainant's identity is sealed with the key " + id + ", which "
                    + VARIABLE + " no longer lists");
        }
        int offset = 2 + id.length();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE_BYTES));
            cipher.updateAAD(associated(complaintId, field));
            byte[] plain = cipher.doFinal(sealed, offset + NONCE_BYTES, sealed.length - offset - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException altered) {
            throw new IllegalStateException(
                    "the sealed " + field + " of complaint " + complaintId
                            + " does not open: altered, moved from another row, or sealed under another key " + id,
                    altered);
        }
    }

    /** The id of the key a sealed value names. */
    public static String keyIdOf(byte[] sealed) {
        if (sealed.length < 2 || sealed[0] != FORMAT || sealed.length < 2 + sealed[1] + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("not a sealed identity value");
        }
        return new String(sealed, 2, sealed[1], StandardCharsets.US_ASCII);
    }

    private static byte[] associated(long complaintId, Field field) {
        return ("hotline complaint " + complaintId + " " + field.name()).getBytes(StandardCharsets.US_ASCII);
    }
}
