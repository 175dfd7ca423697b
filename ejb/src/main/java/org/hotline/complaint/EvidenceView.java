package org.hotline.complaint;

import java.time.Instant;

/** A piece of evidence without its content. */
public record EvidenceView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
        EvidenceSource addedBy, Instant addedAt) {
}
