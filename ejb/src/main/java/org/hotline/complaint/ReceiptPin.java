package org.hotline.complaint;

import java.security.SecureRandom;
import org.hotline.common.Digits;
import org.hotline.security.PasswordHasher;

/**
 * The complainant's receipt PIN: six random digits from a {@link SecureRandom}, shown or read out once, kept only as
 * a slow hash (PBKDF2, like a password), and checked in constant time.
 */
public final class ReceiptPin {

    static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHasher HASHER = new PasswordHasher();

    private ReceiptPin() {}

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

    /**
     * Constant-time comparison of the derived keys (PasswordHasher); false for anything not six digits (Arabic-Indic
     * digits are folded first) and when there is no hash to compare. It always does one slow hash, against a dummy
     * hash when there is nothing to compare or the PIN is not even six digits, so its time says nothing about the
     * number or the PIN.
     */
    public static boolean matches(String typed, String storedHash) {
        String digits = typed == null ? "" : Digits.toLatin(typed);
        boolean wellFormed = digits.matches("[0-9]{" + DIGITS + "}");
        boolean same =
                HASHER.verify(wellFormed ? digits : "0".repeat(DIGITS), storedHash != null ? storedHash : DUMMY_HASH);
        return wellFormed && storedHash != null && same;
    }

    /** What a PIN is checked against when there is nothing to compare: a hash of a PIN nobody was given. */
    private static final String DUMMY_HASH = HASHER.hash(generate());
}
