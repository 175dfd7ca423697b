package org.hotline.web.api;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.hotline.attachment.AttachmentPolicy;
import org.hotline.attachment.AttachmentRejected;

/**
 * A file sent as the request body: read up to one byte past the limit (an oversize body is refused, 413, without
 * being held whole), and refused (415) when the type the request declares is not the one the content is. Whether the
 * content parses as that type is decided where the file is kept ({@link AttachmentPolicy#check(byte[])}) or decoded.
 */
final class UploadBodies {

    private UploadBodies() {}

    static byte[] read(InputStream body, MediaType declared) throws IOException {
        byte[] content = body.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        AttachmentPolicy.Kind kind = AttachmentPolicy.kindOf(content);
        String type = declared == null ? null : declared.getType() + "/" + declared.getSubtype();
        if (!AttachmentPolicy.declaredTypeFits(type, kind)) {
            throw AttachmentRejected.notAsDeclared(type, kind);
        }
        return content;
    }
}
