package org.hotline.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hotline.security.SignInResult;
import org.hotline.web.faces.Messages;
import org.hotline.web.http.RequestPaths;

/** The sign-in page and signing out. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignedInUser signedInUser;

    private String username;
    private String password;
    private String continueTo;

    /** Someone already signed in who opens the sign-in page or the front door goes to their home page. */
    public void landIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null && signedInUser.isPresent()) {
            externalContext.redirect(externalContext.getRequestContextPath() + signedInUser.getLandingPath());
        }
    }

    /** The front door: the home page when signed in, the sign-in page otherwise. */
    public void enter() throws IOException {
        landIfSignedIn();
        if (!facesContext.getResponseComplete()) {
            externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        // A new session id before the session becomes a signed-in one: an id planted beforehand is worth nothing.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        SignInResult result = SignInAttempt.of(request);
        if (result != null && result.isSignedIn()) {
            signedInUser.signedIn(result);
        }
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete(); // the mechanism has answered already
            case SUCCESS -> externalContext.redirect(request.getContextPath() + destination());
            default -> refused(result);
        }
    }

    /** The page first asked for, when there was one and it is inside the application; else the role's home. */
    private String destination() {
        String asked = RequestPaths.safeLocal(continueTo);
        boolean somewhere =
                !asked.equals("/") && !asked.startsWith("/login.xhtml") && !asked.startsWith("/index.xhtml");
        return somewhere ? asked : signedInUser.getLandingPath();
    }

    /**
     * One message for an unknown name, a wrong password and a throttled try, so the page never tells which names
     * exist; a throttled try also says, by the password field, how long to wait (which does not depend on whether the
     * name exists either). Credentials the database was not there to check get no verdict, only a request to try again.
     */
    private void refused(SignInResult result) {
        password = null;
        if (SignInAttempt.wasDatabaseUnavailable((HttpServletRequest) externalContext.getRequest())) {
            Messages.error(null, "unavailable.signIn"); // the credentials could not be checked: no verdict on them
            return;
        }
        Messages.error(null, "signIn.refused");
        if (result != null && result.isThrottled()) {
            Messages.error("signIn:password", "signIn.throttled", String.valueOf(result.retryAfterSeconds()));
        }
    }

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(request.getContextPath() + "/login.xhtml");
    }

    /** Kept in a hidden field from the first showing of the page, when it stands in for a protected page. */
    public String getContinueTo() {
        if (continueTo == null) {
            HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
            if (RequestPaths.isForwarded(request)) {
                continueTo = RequestPaths.original(request);
            }
        }
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
