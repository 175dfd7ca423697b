package org.hotline.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hotline.web.http.RequestPaths;

/** The language of this request: the one chosen with the switch in the page header, Arabic until then. */
@Named
@RequestScoped
public class LocaleBacking {

    static final String COOKIE = "hotline-lang";

    @Inject
    private HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            Cookie[] cookies = request.getCookies();
            language = cookies == null
                    ? Language.DEFAULT
                    : Arrays.stream(cookies)
                            .filter(cookie -> COOKIE.equals(cookie.getName()))
                            .findFirst()
                            .flatMap(cookie -> Language.ofCode(cookie.getValue()))
                            .orElse(Language.DEFAULT);
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Locale getFormattingLocale() {
        return getLanguage().formattingLocale();
    }

    public String getDirection() {
        return getLanguage().getDirection();
    }

    /** Arabic and Kurdish: pages, charts and exports are laid out right to left. */
    public boolean isRightToLeft() {
        return "rtl".equals(getDirection());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** The page the user is on, for the language switch to bring them back to; on an error page, the page they asked for. */
    public String getCurrentPath() {
        return RequestPaths.original(request);
    }
}
