package org.hotline.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.hotline.security.Role;
import org.hotline.security.SignInResult;
import org.hotline.security.SignInService;

/** The users of the database, with the password and lockout rules of {@link SignInService}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private SignInService signInService;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return NOT_VALIDATED_RESULT;
        }
        SignInResult result = signInService.signIn(password.getCaller(), password.getPasswordAsString());
        attempt.record(result);
        if (!result.isSignedIn()) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
