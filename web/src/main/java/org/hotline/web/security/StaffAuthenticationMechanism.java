package org.hotline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How staff and integrations prove who they are; one mechanism, since Jakarta Security 3 allows one per application.
 *
 * <ul>
 * <li>Pages: form sign-in on our Faces page. {@code SignInBacking} hands the credential over through
 * {@code SecurityContext.authenticate}; the signed-in identity then rides on the session ({@code @AutoApplySession}).
 * A visitor who asks for a protected page is shown the sign-in page in its place ({@code @LoginToContinue}, a
 * forward).</li>
 * <li>The API ({@code /api/*}): HTTP Basic on every request, checked against the same identity store, so an
 * integration user has the same password and lockout rules as everybody. The API's paths
 * carry no web.xml constraint (the sign-in page would be the wrong answer to a machine); an anonymous API request is
 * answered 401 by {@code ApiAuthenticationFilter}, and the boundaries' {@code @RolesAllowed} decide the rest.</li>
 * </ul>
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = true, errorPage = "")
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }

    /**
     * Signs the request in when it carries valid Basic credentials, and otherwise leaves it anonymous: the API's
     * {@code ApiAuthenticationFilter} answers an anonymous request 401 with a problem document (the container would
     * answer with its own HTML page).
     */
    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return context.doNothing();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return context.doNothing();
        }
        var result = identityStores.validate(new UsernamePasswordCredential(decoded.substring(0, colon),
                new Password(decoded.substring(colon + 1))));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result) : context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }
}
