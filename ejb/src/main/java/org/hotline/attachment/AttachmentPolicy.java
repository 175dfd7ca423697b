package org.hotline.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * What may be attached to a ticket or offered as a complaint's evidence: scans and photos of documents, at most
 * {@link #MAX_BYTES}. The type is decided by the content, never by the file name or the type the client claims, so an
 * executable renamed to "letter.pdf" is refused; and a file is kept only when it parses as what its first bytes say:
 * a PDF with OpenPDF's parser ({@link PdfStructure}), a picture by decoding it within the limits of
 * {@link UploadedImages}. A PDF header in front of an HTML page, or a PNG header in front of anything else, is refused.
 * Every stored name passes {@link #cleanName(String)}.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A picture is checked by decoding it to at most this many pixels on its long side (a few hundred kilobytes). */
    static final int VERIFIED_SIDE = 512;

    /** The longest name kept, in characters (the column holds 255); longer names keep their end, and so their type. */
    public static final int MAX_NAME_LENGTH = 255;

    /** The types accepted, each with the bytes its files start with. */
    public enum Kind {
        PDF("application/pdf", bytes("%PDF-")),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String mediaType;
        private final byte[] signature;

        Kind(String mediaType, byte[] signature) {
            this.mediaType = mediaType;
            this.signature = signature;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean matches(byte[] content) {
            return content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }

        private static byte[] bytes(String ascii) {
            return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private AttachmentPolicy() {}

    /** The kind of the content, when it is one that is accepted. */
    public static Optional<Kind> detect(byte[] content) {
        return Arrays.stream(Kind.values())
                .filter(kind -> kind.matches(content))
                .findFirst();
    }

    /**
     * The accepted kind of this content, or {@link AttachmentRejected} saying why not: empty, too large, not an
     * accepted type, or not parsing as the type its first bytes claim.
     */
    public static Kind check(byte[] content) {
        Kind kind = kindOf(content);
        if (kind == Kind.PDF) {
            if (!PdfStructure.isWellFormed(content)) {
                throw AttachmentRejected.malformed(kind);
            }
        } else {
            // Decoded small: only whether every row decodes matters here, not the pixels.
            UploadedImages.decode(content, kind, VERIFIED_SIDE);
        }
        return kind;
    }

    /**
     * The kind the content's first bytes claim, after the size checks, without parsing it: for callers that decode
     * the picture themselves (a QR code), through {@link UploadedImages}, so it is not decoded twice.
     */
    public static Kind kindOf(byte[] content) {
        if (content.length == 0) {
            throw AttachmentRejected.empty();
        }
        if (content.length > MAX_BYTES) {
            throw AttachmentRejected.tooLarge(content.length);
        }
        return detect(content).orElseThrow(AttachmentRejected::unsupportedType);
    }

    /**
     * Whether the type a client declared fits the content: {@code application/octet-stream} (or none) says nothing,
     * any other declared type must be the one the content is. Parameters ({@code ; charset=…}) are ignored.
     */
    public static boolean declaredTypeFits(String declared, Kind kind) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/octet-stream")
                || type.equals(kind.mediaType())
                || kind == Kind.JPEG && type.equals("image/jpg");
    }

    /** The SHA-256 of the content, in hex: proof later that a copy shown is the file received. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    /**
     * The characters no stored name keeps: C0 and C1 controls (a line break would end a header; a NUL ends a string
     * in C), the bidirectional embeddings, overrides and isolates and the directional marks (U+202A to U+202E, U+2066
     * to U+2069, U+200E, U+200F, U+061C: "invoice", U+202E, "fdp.exe" shows as "invoiceexe.pdf"), the line and
     * paragraph separators, the byte-order mark, and the double quote that would end a quoted header value (a
     * backslash is a path separator, so what stands before it goes). The zero-width joiner and non-joiner stay:
     * Kurdish and Persian names need them.
     */
    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile(
            "[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u2028\\u2029\\uFEFF\"]");

    /**
     * A file name safe to store, to list and to send back in a header: the last part of a path only (both separators),
     * without the characters of {@link #UNSAFE}, in Unicode NFC, without leading dots or surrounding spaces, at most
     * {@link #MAX_NAME_LENGTH} characters (its end kept, so the extension stays), never a lone surrogate; "attachment"
     * when nothing is left. Every path that stores a file goes through {@link StoredFile#checked}, which calls this.
     */
    public static String cleanName(String name) {
        String base = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        base = UNSAFE.matcher(base.replace('\\', '/')).replaceAll("");
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        base = base.replaceFirst("^[.\\s]+", "");
        if (base.length() > MAX_NAME_LENGTH) {
            base = base.substring(base.length() - MAX_NAME_LENGTH);
            if (Character.isLowSurrogate(base.charAt(0))) {
                base = base.substring(1);
            }
        }
        return base.isEmpty() ? "attachment" : base;
    }
}
