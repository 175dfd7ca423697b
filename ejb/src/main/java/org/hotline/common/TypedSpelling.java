package org.hotline.common;

import java.text.Normalizer;

/**
 * The one way an identifier a person typed (an institution code, a PBX member's name) loses what the eye does not
 * see, before it is compared: two spellings a person reads as the same must become the same text, so that a
 * look-alike can neither escape a rule nor make a second entry beside the first.
 *
 * <p>In this order: Unicode format characters (category Cf: zero-width space and joiners, bidi marks, the byte order
 * mark) are removed, as they are invisible; NFKC makes compatibility forms plain (full-width {@code ＭＯＩ} becomes
 * {@code MOI}, the no-break space a space, a decomposed accent a composed letter); Arabic-Indic and Extended
 * Arabic-Indic digits become ASCII digits; every kind of white space at either end is trimmed. Case is left to the
 * caller, each identifier has its own convention. NFKC keeps accents and other scripts' letters, so a caller that
 * then checks the identifier's form refuses {@code MOÍ} or a Cyrillic look-alike rather than guessing.
 */
public final class TypedSpelling {

    private TypedSpelling() {}

    /** The typed text, plain (see the class comment); null for null. */
    public static String plain(String typed) {
        if (typed == null) {
            return null;
        }
        String text = Normalizer.normalize(withoutFormatCharacters(typed), Normalizer.Form.NFKC);
        return trim(Digits.toLatin(withoutFormatCharacters(text)));
    }

    private static String withoutFormatCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Any white space or separator: {@code strip()} alone leaves the no-break spaces. */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
