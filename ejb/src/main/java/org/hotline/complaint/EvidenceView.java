package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;
import org.hotline.attachment.AttachmentPolicy;

/** A piece of evidence without its content; its name cleaned again as it is read, like an attachment's. */
public record EvidenceView(
        long id,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        EvidenceSource addedBy,
        Instant addedAt)
        implements Serializable {

    public EvidenceView {
        fileName = AttachmentPolicy.cleanName(fileName);
    }
}
