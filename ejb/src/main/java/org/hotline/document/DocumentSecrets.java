package org.hotline.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The registry's secret, given to the server in {@code HOTLINE_DOCUMENT_SECRET} (base64, at least 32 bytes; see
 * {@link DocumentSettings}) and never stored: from it come the key that seals the institutions' private keys in the database (AES-GCM) and the key of
 * the holders' names' hashes (HMAC-SHA256), so that neither a copy of the database nor a guessed name reveals them.
 */
public final class DocumentSecrets {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final byte[] sealingKey;
    /**
     * The holders' HMAC, looked up and keyed once, as an import hashes millions of names. Never used itself (a Mac is
     * not thread-safe, and hashes are made on several threads): each hash works on a clone of it.
     */
    private final Mac holderMac;

    private final SecureRandom random = new SecureRandom();

    DocumentSecrets(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("HOTLINE_DOCUMENT_SECRET must hold at least 32 bytes (base64)");
        }
        this.sealingKey = hmac(secret, "hotline 5599 document keys");
        this.holderMac = keyedMac(hmac(secret, "hotline 5599 document holders"));
    }

    /** The keyed hash of a holder's name, written the same whatever the spacing and case. */
    public byte[] holderHash(String holderName) {
        String stripped = holderName.strip();
        String normal =
                (singlySpaced(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ")).toLowerCase(Locale.ROOT);
        Mac mac;
        try {
            mac = (Mac) holderMac.clone();
        } catch (CloneNotSupportedException providerWithoutClones) {
            throw new IllegalStateException(providerWithoutClones);
        }
        return mac.doFinal(normal.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the text has no run of white space ({@code \\s}) to make one space: names mostly have none, and the
     * regular expression's replacement was half of a name's hashing in an import.
     */
    private static boolean singlySpaced(String text) {
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (c != ' ' || afterSpace)) {
                return false;
            }
            afterSpace = space;
        }
        return true;
    }

    byte[] seal(byte[] secretBytes) {
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sealingKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secretBytes);
            byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return out;
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    byte[] unseal(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(sealingKey, "AES"),
                    new GCMParameterSpec(128, sealed, 0, 12));
            return cipher.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException wrongSecret) {
            throw new IllegalStateException(
                    "a private key cannot be unsealed: is HOTLINE_DOCUMENT_SECRET the one it" + " was sealed with?",
                    wrongSecret);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        return keyedMac(key).doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
