package org.hotline.common;

/**
 * What a person wrote in a free-text field (a note, a question, a message), measured as the person sees it. A text
 * made only of white space and invisible characters (Unicode format characters: zero-width space and joiners, word
 * joiner, byte order mark, bidi marks; the blank letters that render as nothing: the Hangul fillers, the blank Braille
 * cell, the combining grapheme joiner, variation selectors) says nothing, whatever its length, and those characters
 * do not count towards a least length ({@link #visibleLength}). Its length is counted in code points, the
 * characters a person sees, not in UTF-16 units: an emoji or a rare ideograph is one character, as the page's counter
 * and the database's utf8mb4 column count it.
 */
public final class WrittenText {

    private WrittenText() {}

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

    /** The characters in it a person can see: what a least length ("10 characters or more") counts. */
    public static int visibleLength(String text) {
        return text == null
                ? 0
                : (int) text.codePoints().filter(cp -> !invisible(cp)).count();
    }

    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT
                || BLANK_LETTERS.contains(cp)
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /**
     * Letters and marks that are drawn as nothing and are not format characters: Hangul choseong and jungseong
     * fillers, the Hangul filler and its half-width form, the blank Braille cell, the combining grapheme joiner and
     * the Khmer inherent vowels.
     */
    private static final java.util.Set<Integer> BLANK_LETTERS =
            java.util.Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5);
}
