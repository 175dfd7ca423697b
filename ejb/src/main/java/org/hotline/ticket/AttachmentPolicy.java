package org.hotline.ticket;

import java.util.Arrays;
import java.util.Optional;

/**
 * What may be attached to a ticket: scans and photos of documents, at most {@link #MAX_BYTES}. The type is decided
 * by the content's first bytes, never by the file name or the type the client claims, so an executable renamed to
 * "letter.pdf" is refused.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

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

    private AttachmentPolicy() {
    }

    /** The kind of the content, when it is one that is accepted. */
    public static Optional<Kind> detect(byte[] content) {
        return Arrays.stream(Kind.values()).filter(kind -> kind.matches(content)).findFirst();
    }

    /** The accepted kind of this content, or {@link AttachmentRejected} saying why not. */
    public static Kind check(byte[] content) {
        if (content.length == 0) {
            throw AttachmentRejected.empty();
        }
        if (content.length > MAX_BYTES) {
            throw AttachmentRejected.tooLarge(content.length);
        }
        return detect(content).orElseThrow(AttachmentRejected::unsupportedType);
    }

    /** The SHA-256 of the content, in hex: proof later that a copy shown is the file received. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    /** A file name safe to store and to send back in a header: no path, no control characters, at most 255. */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "attachment";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
