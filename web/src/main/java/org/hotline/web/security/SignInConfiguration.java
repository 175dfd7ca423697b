package org.hotline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own Faces page. A visitor who asks for a protected page is shown the sign-in page in its place
 * (a forward, so the address bar keeps the page asked for), and {@link SignInBacking} takes them there after signing
 * in. Jakarta Security itself does not return to the saved page after a sign-in started by the application.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = true, errorPage = ""))
public class SignInConfiguration {
}
