package org.hotline.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hotline.ticket.AttachmentContent;

/**
 * A stored file sent back: as an attachment (never shown inline, never sniffed into another type), under its
 * cleaned name, with its SHA-256 so the receiver can prove it is the file received.
 */
final class Downloads {

    private Downloads() {
    }

    static Response of(AttachmentContent file) {
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("Digest", "sha-256=" + file.sha256()).build();
    }
}
