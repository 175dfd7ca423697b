package org.hotline.it;

/** Text read off a page, made comparable whatever the page's language. */
final class PageText {

    private PageText() {}

    /** The text with Arabic-Indic and Persian digits written as Latin ones, whichever the page's language uses. */
    static String latin(String text) {
        StringBuilder latin = new StringBuilder(text.length());
        text.codePoints()
                .map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
                .forEach(latin::appendCodePoint);
        return latin.toString();
    }
}
