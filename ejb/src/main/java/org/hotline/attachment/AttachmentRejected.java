package org.hotline.attachment;

import org.hotline.common.BusinessException;

/**
 * The file cannot be attached: empty, too large, of a type that is not accepted, not parsing as the type it claims,
 * a picture whose header claims more pixels than are decoded, or (not the file's fault) the server already decoding
 * as many pictures as it may, when the client is asked to try again shortly.
 */
public class AttachmentRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, MALFORMED, IMAGE_TOO_LARGE, BUSY
    }

    private final Reason reason;

    private AttachmentRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static AttachmentRejected empty() {
        return new AttachmentRejected(Reason.EMPTY, "the file is empty");
    }

    public static AttachmentRejected tooLarge(long size) {
        return new AttachmentRejected(Reason.TOO_LARGE, "the file has " + size + " bytes; at most "
                + AttachmentPolicy.MAX_BYTES + " are accepted");
    }

    static AttachmentRejected unsupportedType() {
        return new AttachmentRejected(Reason.UNSUPPORTED_TYPE,
                "only PDF, PNG and JPEG files are accepted, recognised by their content");
    }

    /** The file starts like {@code kind} (null: like an accepted picture) but does not parse as one. */
    public static AttachmentRejected malformed(AttachmentPolicy.Kind kind) {
        return new AttachmentRejected(Reason.MALFORMED, "the file starts like "
                + (kind == null ? "an image" : "a " + kind.name()) + " but is not a whole, well-formed one");
    }

    /** The client said the file is one type and its content is another: it is not what it claims. */
    public static AttachmentRejected notAsDeclared(String declared, AttachmentPolicy.Kind kind) {
        return new AttachmentRejected(Reason.MALFORMED, "the request says the file is " + declared
                + " but its content is a " + kind.name());
    }

    public static AttachmentRejected imageTooLarge(int width, int height) {
        return new AttachmentRejected(Reason.IMAGE_TOO_LARGE, "the image has " + width + " x " + height
                + " pixels; at most " + UploadedImages.maxPixels() + " pixels and " + UploadedImages.maxSide()
                + " on a side are accepted");
    }

    static AttachmentRejected busy() {
        return new AttachmentRejected(Reason.BUSY, "the server is decoding as many images as it may at once;"
                + " try again in a few seconds");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "attachment." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
