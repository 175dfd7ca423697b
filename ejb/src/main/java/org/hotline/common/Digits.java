package org.hotline.common;

/**
 * Citizens type Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) as often as Latin ones, and Persian keyboards give the Eastern
 * forms (۰۱۲۳۴۵۶۷۸۹). Every number typed anywhere goes through here before it is parsed.
 */
public final class Digits {

    private Digits() {}

    /**
     * The text with every Arabic-Indic and Eastern Arabic-Indic digit replaced by its Latin digit; the digits of other
     * scripts (full-width ０, Devanagari ०, …) stay as typed, so that a number is only read in the scripts the hotline's
     * keyboards give. The Arabic block holds exactly those two sets of ten digits.
     */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder latin = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                latin.append(Character.forDigit(Character.digit(c, 10), 10));
            } else {
                latin.appendCodePoint(c);
            }
        });
        return latin.toString();
    }
}
