package org.hotline.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hotline.web.i18n.LocaleBacking;

/** Faces messages by bundle key, in the language of the current view. The one way backing beans talk to users. */
public final class Messages {

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(context);
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(
                                pattern,
                                CDI.current().select(LocaleBacking.class).get().getFormattingLocale())
                        .format(arguments);
    }

    /** The text of a key, or {@code otherwise} when the bundles do not have it (names that come from configuration). */
    public static String textOr(String key, String otherwise) {
        ResourceBundle bundle = bundle(FacesContext.getCurrentInstance());
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }

    /**
     * The bundle in the user's language. A view action runs before the page's {@code f:view} has set the view's
     * locale (that happens as the page is built for rendering), so the view is given the user's locale first: a
     * message added while loading a page is in the page's language too.
     */
    private static ResourceBundle bundle(FacesContext context) {
        Locale locale = CDI.current().select(LocaleBacking.class).get().getLocale();
        if (!locale.equals(context.getViewRoot().getLocale())) {
            context.getViewRoot().setLocale(locale);
        }
        return context.getApplication().getResourceBundle(context, "msg");
    }

    /** A message shown beside one field (clientId) or, with null, at the top of the page. */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
