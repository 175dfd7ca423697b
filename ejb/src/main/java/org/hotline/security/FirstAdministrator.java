package org.hotline.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Set;
import org.hotline.common.Role;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can sign in to a new installation: when no account has the ADMIN role, it creates {@code admin}
 * with the password from {@code HOTLINE_ADMIN_PASSWORD}, or with a generated one that is written to the server log
 * this once and never stored in clear. A weak {@code HOTLINE_ADMIN_PASSWORD} stops the start-up with the reason,
 * rather than leave the system open.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = SecuritySettings.ADMIN_PASSWORD;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    private Accounts accounts;

    @Inject
    private SecuritySettings settings;

    @PostConstruct
    void ensureOne() {
        if (accounts.anyoneHas(Role.ADMIN)) {
            return;
        }
        boolean generated = settings.firstAdministratorPassword().isEmpty();
        String password = settings.firstAdministratorPassword().orElseGet(FirstAdministrator::generatePassword);
        try {
            accounts.create(USERNAME, "Administrator", password, Set.of(Role.ADMIN));
        } catch (PasswordRejected weak) {
            throw new IllegalStateException(
                    PASSWORD_VARIABLE + " is too weak (" + weak.violations()
                            + "): it needs at least " + PasswordPolicy.MIN_LENGTH + " characters and must not contain '"
                            + USERNAME + "'",
                    weak);
        }
        if (generated) {
            LOG.warnf(
                    "%n%n    First administrator created: username '%s', password '%s'%n"
                            + "    It is shown this once. Sign in and keep it safe, or set %s before the first start.%n",
                    USERNAME, password, PASSWORD_VARIABLE);
        } else {
            LOG.infof("First administrator '%s' created with the password from %s", USERNAME, PASSWORD_VARIABLE);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
