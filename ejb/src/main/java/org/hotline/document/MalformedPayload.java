package org.hotline.document;

/** What was read is not a secure document's payload: another QR code, a truncated one, garbage. */
public class MalformedPayload extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedPayload(String why) {
        super(why);
    }
}
