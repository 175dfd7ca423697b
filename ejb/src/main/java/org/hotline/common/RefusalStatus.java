package org.hotline.common;

/** The HTTP status a refusal is answered with: which kind of "no" it is, for a client's code to act on. */
public enum RefusalStatus {
    /** The request itself is wrong: a field's value, a number's check digit, an unknown reference. */
    BAD_REQUEST(400),
    /** Allowed to some, not to this caller, or not any more (an expired follow-up). */
    FORBIDDEN(403),
    /** What the request names does not exist, or is not the caller's to know of. */
    NOT_FOUND(404),
    /** The request is well formed but the state of the data refuses it (a transition, a duplicate, a race). */
    CONFLICT(409),
    /** The body is larger than accepted. */
    CONTENT_TOO_LARGE(413),
    /** The body is not of an accepted type, or not what its type claims. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A part the request needs is not available now; the same request may succeed later. */
    SERVICE_UNAVAILABLE(503);

    private final int code;

    RefusalStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
