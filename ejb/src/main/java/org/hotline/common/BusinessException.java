package org.hotline.common;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused what the caller asked. The transaction rolls back, and the client sees the message
 * behind {@link #messageKey()} in its language, never a stack trace. Without {@code @ApplicationException} the EJB
 * container would wrap it and the client would see a 500.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** The resource bundle key of the message shown to the user. */
    public abstract String messageKey();
}
