package org.hotline.document;

import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short code printed under a document's QR code, for a citizen who types the number instead of scanning: the
 * first 40 bits of the content's digest in Crockford's base32, eight characters that read aloud without confusion
 * (no I, L, O or U; a typed O is read as 0, I and L as 1). With the number, it keeps the registry from being read by
 * guessing numbers alone.
 */
public final class ShortCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s-]");

    private ShortCode() {}

    public static String of(byte[] digest) {
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        char[] code = new char[8];
        for (int i = 7; i >= 0; i--) {
            code[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }

    /** Whether the typed code is this digest's, as a person may type it (lower case, spaces, dashes, O for 0). */
    public static boolean matches(String typed, byte[] digest) {
        if (typed == null) {
            return false;
        }
        String normal = SPACES_AND_DASHES
                .matcher(typed.toUpperCase(Locale.ROOT))
                .replaceAll("")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return MessageDigest.isEqual(
                normal.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                of(digest).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
