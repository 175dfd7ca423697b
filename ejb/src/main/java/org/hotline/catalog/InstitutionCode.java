package org.hotline.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way an institution code typed anywhere (the API, the pages, the imports, an account's institution, a search
 * filter) becomes the catalogue's code. Recusal rests on comparing codes, so two spellings that a person reads as the
 * same code must become the same text, and a spelling that is not a code must be refused rather than stored: otherwise
 * a complaint filed with a look-alike of an institution's code escapes the recusal of that institution's officers.
 *
 * <p>In this order: Unicode format characters (category Cf: zero-width space and joiners, bidi marks, the byte order
 * mark) are removed, as they are invisible; NFKC makes compatibility forms plain (full-width {@code ＭＯＩ} becomes
 * {@code MOI}, the no-break space a space, a decomposed accent a composed letter); Arabic-Indic and Extended
 * Arabic-Indic digits become ASCII digits; every kind of white space at either end is trimmed; the letters are put in
 * upper case, the catalogue's convention. The result must then have the catalogue's form, {@link #FORM}: capital Latin
 * letters, digits, {@code -} and {@code _}. NFKC keeps accents, so {@code MOÍ} never becomes {@code MOI}: it is not a
 * code, and is refused.
 */
public final class InstitutionCode {

    /** The catalogue's form of a code, as its import checks it. */
    public static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

    private InstitutionCode() {
    }

    /**
     * The typed text in canonical spelling (not yet checked against {@link #FORM} nor the catalogue); null for null.
     */
    public static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String text = Normalizer.normalize(withoutFormatCharacters(typed), Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(text.length());
        withoutFormatCharacters(text).codePoints().map(InstitutionCode::asciiDigit).forEach(plain::appendCodePoint);
        return trim(plain.toString()).toUpperCase(Locale.ROOT);
    }

    /** The canonical code when the typed text has the catalogue's form of a code, else empty. */
    public static Optional<String> wellFormed(String typed) {
        String code = canonical(typed);
        return code != null && FORM.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** Whether nothing but white space and invisible characters was typed. */
    public static boolean isBlank(String typed) {
        return typed == null || canonical(typed).isEmpty();
    }

    private static String withoutFormatCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int asciiDigit(int cp) {
        if (cp >= 0x0660 && cp <= 0x0669) {
            return '0' + cp - 0x0660;
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return '0' + cp - 0x06F0;
        }
        return cp;
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
