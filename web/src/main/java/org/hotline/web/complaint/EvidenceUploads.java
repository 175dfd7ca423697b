package org.hotline.web.complaint;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hotline.complaint.EvidenceFile;
import org.hotline.ticket.AttachmentPolicy;
import org.hotline.ticket.AttachmentRejected;

/**
 * Files chosen in a form's file field, read for the complaint desk: an empty field (no file chosen) gives nothing, and
 * each file is read up to one byte past the limit, so an oversize file is refused without being held whole. Its type
 * is decided later, by the content.
 */
final class EvidenceUploads {

    private EvidenceUploads() {
    }

    static List<EvidenceFile> read(List<Part> parts) {
        List<EvidenceFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (Part part : parts) {
            if (part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty())) {
                continue; // the field was left empty
            }
            if (part.getSize() > AttachmentPolicy.MAX_BYTES) {
                throw AttachmentRejected.tooLarge(part.getSize());
            }
            try (InputStream in = part.getInputStream()) {
                files.add(new EvidenceFile(part.getSubmittedFileName(), in.readNBytes(AttachmentPolicy.MAX_BYTES + 1)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return files;
    }
}
