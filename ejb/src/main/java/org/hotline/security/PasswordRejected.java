package org.hotline.security;

import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The password breaks the {@link PasswordPolicy}; the first violation names the message. */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "password-rejected")
public class PasswordRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<PasswordPolicy.Violation> violations;

    public PasswordRejected(List<PasswordPolicy.Violation> violations) {
        super("password rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<PasswordPolicy.Violation> violations() {
        return violations;
    }

    @Override
    public String messageKey() {
        return violations.get(0).messageKey();
    }

    @Override
    public String field() {
        return "password";
    }
}
