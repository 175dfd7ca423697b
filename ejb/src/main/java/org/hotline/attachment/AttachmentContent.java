package org.hotline.attachment;

/**
 * An attachment to download: the stored type (detected from the content) and the bytes, under the name cleaned again
 * ({@link AttachmentPolicy#cleanName(String)}) so an older row cannot put a control character into a header.
 */
public record AttachmentContent(String fileName, String mediaType, String sha256, byte[] content) {

    public AttachmentContent {
        fileName = AttachmentPolicy.cleanName(fileName);
    }
}
