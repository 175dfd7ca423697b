package org.hotline.attachment;

import java.time.Duration;
import java.util.Optional;
import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * The file cannot be attached: empty, too large, of a type that is not accepted, not parsing as the type it claims,
 * a picture whose header claims more pixels than are decoded, or (not the file's fault) the server already decoding
 * as many pictures as it may, when the client is asked to try again shortly.
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "attachment-rejected")
public class AttachmentRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        MALFORMED,
        IMAGE_TOO_LARGE,
        BUSY
    }

    /** How long a client told the server is busy decoding images waits before it tries again. */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(2);

    private final Reason reason;

    private AttachmentRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static AttachmentRejected empty() {
        return new AttachmentRejected(Reason.EMPTY, "the file is empty");
    }

    public static AttachmentRejected tooLarge(long size) {
        return new AttachmentRejected(
                Reason.TOO_LARGE,
                "the file has " + size + " bytes; at most " + AttachmentPolicy.MAX_BYTES + " are accepted");
    }

    static AttachmentRejected unsupportedType() {
        return new AttachmentRejected(
                Reason.UNSUPPORTED_TYPE, "only PDF, PNG and JPEG files are accepted, recognised by their content");
    }

    /** The file starts like {@code kind} (null: like an accepted picture) but does not parse as one. */
    public static AttachmentRejected malformed(AttachmentPolicy.Kind kind) {
        return new AttachmentRejected(
                Reason.MALFORMED,
                "the file starts like " + (kind == null ? "an image" : "a " + kind.name())
                        + " but is not a whole, well-formed one");
    }

    /** The client said the file is one type and its content is another: it is not what it claims. */
    public static AttachmentRejected notAsDeclared(String declared, AttachmentPolicy.Kind kind) {
        return new AttachmentRejected(
                Reason.MALFORMED, "the request says the file is " + declared + " but its content is a " + kind.name());
    }

    public static AttachmentRejected imageTooLarge(int width, int height) {
        return new AttachmentRejected(
                Reason.IMAGE_TOO_LARGE,
                "the image has " + width + " x " + height
                        + " pixels; at most " + UploadedImages.maxPixels() + " pixels and " + UploadedImages.maxSide()
                        + " on a side are accepted");
    }

    static AttachmentRejected busy() {
        return new AttachmentRejected(
                Reason.BUSY,
                "the server is decoding as many images as it may at once;" + " try again in a few seconds");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "attachment." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A body too large is 413, a type or content that is not what it must be 415, a busy server 503, else 400. */
    @Override
    public RefusalStatus status() {
        return switch (reason) {
            case TOO_LARGE -> RefusalStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE, MALFORMED -> RefusalStatus.UNSUPPORTED_MEDIA_TYPE;
            case BUSY -> RefusalStatus.SERVICE_UNAVAILABLE;
            case EMPTY, IMAGE_TOO_LARGE -> RefusalStatus.BAD_REQUEST;
        };
    }

    @Override
    public String problemType() {
        return switch (reason) {
            case TOO_LARGE -> "attachment-too-large";
            case UNSUPPORTED_TYPE -> "unsupported-attachment";
            case MALFORMED -> "malformed-attachment";
            case IMAGE_TOO_LARGE -> "image-too-large";
            case BUSY -> "busy";
            case EMPTY -> "empty-attachment";
        };
    }

    @Override
    public String field() {
        return reason == Reason.IMAGE_TOO_LARGE ? "file" : null;
    }

    /** The server is busy decoding other pictures: a moment later the same file is accepted. */
    @Override
    public Optional<Duration> retryAfter() {
        return reason == Reason.BUSY ? Optional.of(BUSY_RETRY) : Optional.empty();
    }
}
