package org.hotline.common;

/**
 * What a person wrote in a free-text field (a note, a question, a message), measured as the person sees it. A text
 * made only of white space and invisible characters (Unicode format characters: zero-width space and joiners, word
 * joiner, byte order mark, bidi marks) says nothing, whatever its length. Its length is counted in code points, the
 * characters a person sees, not in UTF-16 units: an emoji or a rare ideograph is one character, as the page's counter
 * and the database's utf8mb4 column count it.
 */
public final class WrittenText {

    private WrittenText() {
    }

    /** True when nothing visible is written: null, empty, or only spaces and invisible characters. */
    public static boolean saysNothing(String text) {
        return text == null || text.codePoints().allMatch(WrittenText::invisible);
    }

    /** The characters a person sees in it, kept as written, after trimming the outer spaces: code points. */
    public static int length(String text) {
        if (text == null) {
            return 0;
        }
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }

    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT;
    }
}
