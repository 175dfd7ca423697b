package org.hotline.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hotline.common.Role;
import org.hotline.security.ApiTokenSignIn;
import org.hotline.security.SignInResult;
import org.hotline.security.SignInService;
import org.hotline.web.errors.DatabaseUnavailable;
import org.hotline.web.http.ClientAddress;

/**
 * How staff and integrations prove who they are; one mechanism, since Jakarta Security 3 allows one per application.
 *
 * <ul>
 * <li>Pages: form sign-in on our Faces page. {@code SignInBacking} gives the session a new id, then hands the
 * credential over through {@code SecurityContext.authenticate}; the signed-in identity then rides on the session
 * ({@code @AutoApplySession}). A visitor who asks for a protected page is shown the sign-in page in its place
 * ({@code @LoginToContinue}, a forward).</li>
 * <li>The API ({@code /api/*}): an API token ({@code Authorization: Bearer h5599_…}) or HTTP Basic on every request.
 * Such a request never leaves a session behind: {@code ApiSessionFilter} ends any session it carried or made, so
 * neither a session id planted beforehand nor one made now can be used by anyone afterwards. The API's paths carry
 * no web.xml constraint (the sign-in page would be the wrong answer to a machine); an anonymous API request is
 * answered 401 (429 when throttled) by {@code ApiAuthenticationFilter}, and the boundaries' {@code @RolesAllowed}
 * decide the rest.</li>
 * </ul>
 * Passwords go through {@link SignInService} (throttle, then hash) and tokens through {@link ApiTokenSignIn}, both with
 * the client's address ({@link ClientAddress}); the outcome is left on the request ({@link SignInAttempt}).
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = true, errorPage = "")
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private SignInService signInService;

    @EJB
    private ApiTokenSignIn tokenSignIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return api(request, context);
        }
        Credential credential =
                context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (credential instanceof UsernamePasswordCredential password) {
            return checked(
                    request,
                    context,
                    () -> signInService.signIn(
                            password.getCaller(), password.getPasswordAsString(), clientAddress.of(request)));
        }
        return context.doNothing();
    }

    /**
     * Signs the request in when it carries a valid token or Basic credentials, and otherwise leaves it anonymous: the
     * API's {@code ApiAuthenticationFilter} answers an anonymous request 401 or 429 with a problem document (the
     * container would answer with its own HTML page).
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return checked(
                    request,
                    context,
                    () -> tokenSignIn.signIn(header.substring(BEARER.length()).strip(), clientAddress.of(request)));
        }
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return context.doNothing();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return context.doNothing();
        }
        return checked(
                request,
                context,
                () -> signInService.signIn(
                        decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress.of(request)));
    }

    /**
     * The outcome of a check of credentials; when the database is out of reach the request stays anonymous and says
     * so ({@link SignInAttempt}): the API answers it 503, the sign-in page asks to try again. Thrown on, the failure
     * would reach the container as a 500 of its own.
     */
    private static AuthenticationStatus checked(
            HttpServletRequest request, HttpMessageContext context, Supplier<SignInResult> check) {
        SignInResult result;
        try {
            result = check.get();
        } catch (RuntimeException failed) {
            if (!DatabaseUnavailable.among(failed)) {
                throw failed;
            }
            SignInAttempt.databaseUnavailable(request);
            return isApi(request) ? context.doNothing() : context.notifyContainerAboutLogin(INVALID_RESULT);
        }
        return outcome(request, context, result);
    }

    private static AuthenticationStatus outcome(
            HttpServletRequest request, HttpMessageContext context, SignInResult result) {
        SignInAttempt.record(request, result);
        if (!result.isSignedIn()) {
            // the API's filter answers 401 or 429; the sign-in page shows its message itself
            return isApi(request) ? context.doNothing() : context.notifyContainerAboutLogin(INVALID_RESULT);
        }
        return context.notifyContainerAboutLogin(
                result.username(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }
}
