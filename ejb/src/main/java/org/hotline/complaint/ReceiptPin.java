package org.hotline.complaint;

import java.security.SecureRandom;
import org.hotline.security.PasswordHasher;

/**
 * The complainant's receipt PIN: six random digits from a {@link SecureRandom}, shown or read out once, kept only as
 * a slow hash (PBKDF2, like a password), and checked in constant time.
 */
public final class ReceiptPin {

    static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHasher HASHER = new PasswordHasher();

    private ReceiptPin() {
    }

    public static String generate() {
        StringBuilder pin = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            pin.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return pin.toString();
    }

    public static String hash(String pin) {
        return HASHER.hash(pin);
    }

    /** Constant-time comparison of the derived keys (PasswordHasher); false for anything not six digits. */
    public static boolean matches(String typed, String storedHash) {
        return typed != null && storedHash != null && typed.matches("[0-9]{" + DIGITS + "}")
                && HASHER.verify(typed, storedHash);
    }
}
