package org.hotline.web.http;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.hotline.attachment.AttachmentContent;

/**
 * A stored file sent back: as an attachment (never shown inline, never sniffed into another type), under its
 * cleaned name, with its SHA-256 so the receiver can prove it is the file received.
 */
public final class Downloads {

    private Downloads() {}

    public static Response of(AttachmentContent file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + file.sha256())
                .build();
    }

    /**
     * {@code attachment} with the name twice, as RFC 6266 advises: {@code filename*} in UTF-8 with every byte that is
     * not an RFC 5987 attr-char percent-encoded (the real name, for every current browser), and before it a quoted
     * {@code filename} of printable ASCII only, each other character an underscore (for older clients). Neither can
     * hold a quote, a semicolon, a line break or any byte that would end the value or the header, whatever the name.
     */
    public static String contentDisposition(String name) {
        return disposition("attachment", name);
    }

    /** The same, for a file shown where it is (a recording in its player): {@code inline} instead. */
    public static String inlineDisposition(String name) {
        return disposition("inline", name);
    }

    private static String disposition(String kind, String name) {
        StringBuilder fallback = new StringBuilder();
        name.codePoints()
                .forEach(c ->
                        fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return kind + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
