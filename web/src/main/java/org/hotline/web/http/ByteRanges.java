package org.hotline.web.http;

import java.util.Locale;

/**
 * The one byte range a response sends for a request's {@code Range} header (RFC 9110, section 14), over a file of a
 * known size. {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n} (the last n bytes) are understood; of several
 * ranges the first that can be satisfied is sent (never a multipart answer: a player asks for one range at a time).
 * A header that is not a byte range at all, or is malformed, is ignored and the whole file is sent, as the RFC allows;
 * a well-formed one that no byte of the file satisfies is answered 416. Nothing here throws: a client's header is
 * never a 500.
 */
public final class ByteRanges {

    /** More ranges than this in one header is no player's request: the header is ignored. */
    static final int MOST = 16;

    private ByteRanges() {}

    /** What to send. */
    public enum Kind {
        /** No usable Range: 200 with the whole file. */
        WHOLE,
        /** 206 with bytes {@code first} to {@code last}, inclusive. */
        PARTIAL,
        /** 416 with {@code Content-Range: bytes *}{@code /size}. */
        UNSATISFIABLE
    }

    /** The answer to a Range header: the kind, and the bytes sent (the whole file for WHOLE, none for UNSATISFIABLE). */
    public record Answer(Kind kind, long first, long last, long size) {

        public long length() {
            return kind == Kind.UNSATISFIABLE ? 0 : last - first + 1;
        }

        /** The {@code Content-Range} header's value of a 206 or 416. */
        public String contentRange() {
            return kind == Kind.UNSATISFIABLE ? "bytes */" + size : "bytes " + first + "-" + last + "/" + size;
        }
    }

    public static Answer of(String header, long size) {
        Answer whole = new Answer(Kind.WHOLE, 0, size - 1, size);
        if (header == null) {
            return whole;
        }
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0
                || !value.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return whole; // another unit, or not a range: ignored
        }
        String[] specs = value.substring(equals + 1).split(",", -1);
        if (specs.length > MOST) {
            return whole;
        }
        Answer first = null;
        boolean any = false;
        for (String raw : specs) {
            String spec = raw.strip();
            if (spec.isEmpty()) {
                continue; // RFC 9110 allows empty list elements
            }
            Answer answer = range(spec, size);
            if (answer == null) {
                return whole; // malformed: the header is ignored
            }
            any = true;
            if (first == null && answer.kind() == Kind.PARTIAL) {
                first = answer;
            }
        }
        if (!any) {
            return whole;
        }
        return first != null ? first : new Answer(Kind.UNSATISFIABLE, 0, -1, size);
    }

    /** One range spec over the file: PARTIAL, UNSATISFIABLE, or null when it is not a byte range spec. */
    private static Answer range(String spec, long size) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        Answer none = new Answer(Kind.UNSATISFIABLE, 0, -1, size);
        if (from.isEmpty()) { // the last n bytes
            long n = number(to);
            if (n < 0) {
                return null;
            }
            if (n == 0 || size == 0) {
                return none;
            }
            return new Answer(Kind.PARTIAL, Math.max(0, size - n), size - 1, size);
        }
        long start = number(from);
        if (start < 0) {
            return null;
        }
        long end;
        if (to.isEmpty()) {
            end = size - 1;
        } else {
            end = number(to);
            if (end < 0 || end < start) {
                return null;
            }
        }
        if (start >= size) {
            return none;
        }
        return new Answer(Kind.PARTIAL, start, Math.min(end, size - 1), size);
    }

    /**
     * The digits as a number, or -1 when they are not ASCII digits (no sign). A number past a long's range is as large
     * as a long goes: a position beyond any file, as the RFC reads it (an end past the file is cut at the file's end,
     * a start past it is unsatisfiable), never an overflow.
     */
    private static long number(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
