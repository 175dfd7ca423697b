package org.hotline.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline.common.TypedSpelling;

/**
 * The one way an institution code typed anywhere (the API, the pages, the imports, an account's institution, a search
 * filter) becomes the catalogue's code. Recusal rests on comparing codes, so two spellings that a person reads as the
 * same code must become the same text, and a spelling that is not a code must be refused rather than stored: otherwise
 * a complaint filed with a look-alike of an institution's code escapes the recusal of that institution's officers.
 *
 * <p>The typed text is made plain ({@link TypedSpelling}: invisible characters removed, NFKC, Arabic-Indic digits made
 * ASCII, trimmed), then put in upper case, the catalogue's convention. The result must then have the catalogue's form,
 * {@link #FORM}: capital Latin letters, digits, {@code -} and {@code _}. NFKC keeps accents, so {@code MOÍ} never
 * becomes {@code MOI}: it is not a code, and is refused.
 */
public final class InstitutionCode {

    /** The catalogue's form of a code, as its import checks it. */
    public static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

    private InstitutionCode() {}

    /**
     * The typed text in canonical spelling (not yet checked against {@link #FORM} nor the catalogue); null for null.
     */
    public static String canonical(String typed) {
        String plain = TypedSpelling.plain(typed);
        return plain == null ? null : plain.toUpperCase(Locale.ROOT);
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
}
