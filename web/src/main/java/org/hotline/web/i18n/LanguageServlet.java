package org.hotline.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.hotline.web.http.RequestPaths;

/**
 * The language switch: {@code /language?to=en&back=/agent/index.xhtml} remembers the choice for a year and goes back.
 * A plain GET link, so it works on the sign-in and error pages too, with or without a session. Only a path inside this
 * application is accepted as {@code back}, so the switch cannot be used to send people to another site.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // An unknown language (a mangled link) changes nothing and still takes the user back.
        Optional<Language> language = Language.ofCode(request.getParameter("to"));
        language.ifPresent(chosen -> response.addCookie(remembered(chosen, request)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + RequestPaths.safeLocal(request.getParameter("back")));
    }

    private static Cookie remembered(Language language, HttpServletRequest request) {
        Cookie cookie = new Cookie(LocaleBacking.COOKIE, language.getCode());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
