package org.hotline.ticket;

/** An attachment to download: the stored type (detected from the content) and the bytes. */
public record AttachmentContent(String fileName, String mediaType, String sha256, byte[] content) {
}
