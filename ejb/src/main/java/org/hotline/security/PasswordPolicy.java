package org.hotline.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be. Length is what makes a password strong, so the policy asks for length and refuses the
 * obvious, rather than demanding symbol classes that push people to write passwords down (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each names the message users see. */
    public enum Violation {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        CONTAINS_USERNAME("password.containsUsername"),
        ONE_REPEATED_CHARACTER("password.oneRepeatedCharacter");

        private final String messageKey;

        Violation(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordPolicy() {}

    /** Every rule the password breaks for this username; empty when it is acceptable. */
    public static List<Violation> check(String password, String username) {
        List<Violation> violations = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
        }
        if (password != null
                && username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.CONTAINS_USERNAME);
        }
        if (length > 0 && password.codePoints().distinct().count() == 1) {
            violations.add(Violation.ONE_REPEATED_CHARACTER);
        }
        return violations;
    }
}
