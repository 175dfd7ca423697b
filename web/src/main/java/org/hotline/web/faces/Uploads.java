package org.hotline.web.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hotline.attachment.AttachmentPolicy;
import org.hotline.attachment.AttachmentRejected;

/**
 * A file chosen in a form's file field, read once: empty when none was chosen, refused when larger than files may be
 * (read up to one byte past the limit, never held whole). What it is, is decided by its content, by the caller.
 */
public final class Uploads {

    private Uploads() {}

    /** Whether the field was left empty. */
    public static boolean none(Part part) {
        return part == null
                || part.getSize() == 0
                        && (part.getSubmittedFileName() == null
                                || part.getSubmittedFileName().isEmpty());
    }

    public static byte[] read(Part part) {
        if (part.getSize() > AttachmentPolicy.MAX_BYTES) {
            throw AttachmentRejected.tooLarge(part.getSize());
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
