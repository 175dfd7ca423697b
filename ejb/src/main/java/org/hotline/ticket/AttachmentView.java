package org.hotline.ticket;

import java.time.Instant;

/** An attachment's metadata, without its content. */
public record AttachmentView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
