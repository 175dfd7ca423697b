package org.hotline.security;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hotline.common.TypedSpelling;

/**
 * A queue member as the PBX names it, in the one spelling the application keeps and compares: its member name
 * ({@code agent1}) or, for a member without one, its interface ({@code Local/agent1@agents}, {@code PJSIP/1001}).
 * Asterisk finds members by these names whatever their case, so the spelling is lower case; an administrator's typing
 * is made plain first ({@link TypedSpelling}: invisible characters, compatibility forms such as full-width letters,
 * Arabic-Indic digits, spaces at either end), so that a look-alike of a name already given to a person is that name,
 * never a second entry. What is then not of the form PBX names take here ({@link #FORM}: ASCII letters, digits and
 * {@code . _ - @ / +}, up to 80 characters, the call log's width) is refused rather than guessed, e.g. a Cyrillic
 * {@code а} in {@code аgent1}.
 */
public record PbxMemberName(String value) {

    /** The kept spelling: lower-case ASCII letters, digits and {@code . _ - @ / +}, starting with a letter or digit. */
    public static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._@/+-]{0,79}");

    /** Typing longer than this cannot become a name of 80 characters, whatever invisible characters it holds. */
    private static final int LONGEST_TYPED = 400;

    public PbxMemberName {
        Objects.requireNonNull(value, "value is required");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a PBX member name must match " + FORM.pattern());
        }
    }

    /** What an administrator typed, in the kept spelling; refused when it is not a PBX member's name. */
    public static PbxMemberName typed(String typed) {
        if (typed == null || typed.length() > LONGEST_TYPED) {
            throw new PbxMemberRejected();
        }
        String plain = TypedSpelling.plain(typed);
        String spelling = plain == null ? "" : plain.toLowerCase(Locale.ROOT);
        if (!FORM.matcher(spelling).matches()) {
            throw new PbxMemberRejected();
        }
        return new PbxMemberName(spelling);
    }

    /**
     * A name as the PBX reported it (an event's MemberName or Interface, the call log's agent), folded the way
     * Asterisk compares member names (spaces at either end trimmed, case ignored), for looking it up among the kept
     * spellings. The PBX's own text is not made plain: a full-width name is another member on the PBX, and finds
     * nobody here. The database folds the names it keeps the same way ({@code LOWER(TRIM(agent))}, the computed
     * {@code agent_key} columns the reports look members up by).
     */
    static String folded(String reported) {
        if (reported == null) {
            return null;
        }
        int start = 0;
        int end = reported.length();
        while (start < end && reported.charAt(start) == ' ') {
            start++;
        }
        while (end > start && reported.charAt(end - 1) == ' ') {
            end--;
        }
        return reported.substring(start, end).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
