package org.hotline.ticket;

import org.hotline.common.BusinessException;

/** The file cannot be attached: empty, too large, or of a type that is not accepted. */
public class AttachmentRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        EMPTY, TOO_LARGE, UNSUPPORTED_TYPE
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

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "attachment." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
