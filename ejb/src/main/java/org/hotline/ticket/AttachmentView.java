package org.hotline.ticket;

import java.io.Serializable;
import java.time.Instant;
import org.hotline.attachment.AttachmentPolicy;

/**
 * An attachment's metadata, without its content. The name is cleaned again as it is read ({@link
 * AttachmentPolicy#cleanName(String)}), so a row kept before a character was refused lists without it too.
 */
public record AttachmentView(
        long id,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt)
        implements Serializable {

    public AttachmentView {
        fileName = AttachmentPolicy.cleanName(fileName);
    }
}
