package org.hotline.common;

/**
 * Citizens type Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) as often as Latin ones, and Persian keyboards give the Eastern
 * forms (۰۱۲۳۴۵۶۷۸۹). Every number typed anywhere goes through here before it is parsed.
 */
public final class Digits {

    private Digits() {
    }

    /** The text with every Arabic-Indic and Eastern Arabic-Indic digit replaced by its Latin digit. */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder latin = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '٠' && c <= '٩') {
                latin.append((char) ('0' + (c - '٠')));
            } else if (c >= '۰' && c <= '۹') {
                latin.append((char) ('0' + (c - '۰')));
            } else {
                latin.appendCodePoint(c);
            }
        });
        return latin.toString();
    }
}
