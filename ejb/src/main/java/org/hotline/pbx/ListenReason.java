package org.hotline.pbx;

import java.util.regex.Pattern;

/**
 * Why a supervisor listens to a call, as the audit log keeps it: trimmed, required, at most {@value #MAX} characters,
 * in any script (Arabic, Kurdish, Latin, their digits and punctuation), on one line, with at least a letter or a digit. Control characters (a line
 * break, a tab, NUL) are refused rather than removed: a reason is read back from the audit as written. The reason never
 * reaches the PBX, so commas, pipes and ampersands are ordinary text here.
 */
public record ListenReason(String text) {

    public static final int MAX = 500;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
    /** A reason says something: spaces of other kinds (no-break, zero-width) alone are none. */
    private static final Pattern SOMETHING = Pattern.compile("[\\p{L}\\p{N}]");

    public ListenReason {
        if (text == null || text.isBlank()) {
            throw new ListenReasonRejected("is required");
        }
        text = text.strip();
        if (!SOMETHING.matcher(text).find()) {
            throw new ListenReasonRejected("is required");
        }
        if (text.length() > MAX) {
            throw new ListenReasonRejected("is longer than " + MAX + " characters");
        }
        if (CONTROL.matcher(text).find()) {
            throw new ListenReasonRejected("holds a line break or another control character");
        }
    }
}
