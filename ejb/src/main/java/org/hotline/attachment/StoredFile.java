package org.hotline.attachment;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/**
 * A file kept in the database: accepted only when {@link AttachmentPolicy} recognises its content, under a cleaned
 * name, with the SHA-256 that proves later that a copy shown is the file received. Ticket attachments and complaint
 * evidence are both kept this way; lists read the metadata by projection and leave the content alone.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected StoredFile() {
        // for JPA
    }

    /** The file, or {@link AttachmentRejected} when its content is empty, too large or not an accepted type. */
    public static StoredFile checked(String name, byte[] content) {
        requireNonNull(content, "content is required");
        StoredFile file = new StoredFile();
        file.mediaType = AttachmentPolicy.check(content).mediaType();
        file.fileName = AttachmentPolicy.cleanName(name);
        file.content = content.clone();
        file.sizeBytes = content.length;
        file.sha256 = AttachmentPolicy.sha256(content);
        return file;
    }

    /** The file to send back, content included. */
    public AttachmentContent download() {
        return new AttachmentContent(fileName, mediaType, sha256, content.clone());
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
