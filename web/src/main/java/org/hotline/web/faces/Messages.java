package org.hotline.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages by bundle key, in the language of the current view. The one way backing beans talk to users. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** The text of a key, or {@code otherwise} when the bundles do not have it (names that come from configuration). */
    public static String textOr(String key, String otherwise) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
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
