package org.hotline.web.faces;

/** Small rules for what people type into forms. */
public final class Texts {

    private Texts() {}

    /** A field left empty (or only spaces) means "not given"; anything else is trimmed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
