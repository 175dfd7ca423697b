package org.hotline.common;

/** CSV as every export writes it (RFC 4180, CRLF line ends), safe to open in a spreadsheet. */
public final class Csv {

    private Csv() {
    }

    /** A CSV cell: quoted, and a leading = + - @ neutralised so that a spreadsheet never runs it as a formula. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
