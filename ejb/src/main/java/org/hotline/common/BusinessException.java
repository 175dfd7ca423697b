package org.hotline.common;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the domain refused what the caller asked. The transaction rolls back, and the client sees the message
 * behind {@link #messageKey()} in its language, never a stack trace. Without {@code @ApplicationException} the EJB
 * container would wrap it and the client would see a 500.
 *
 * <p>Every refusal declares how it is answered ({@link Refusal}: status and problem type) on its class; one mapper in
 * the API reads it, with the {@link #detail() detail} and the {@link #fieldProblems() fields} at fault.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** The resource bundle key of the message shown to the user. */
    public abstract String messageKey();

    /** The status this refusal is answered with. */
    public RefusalStatus status() {
        return declared().status();
    }

    /** The short name of the problem type, e.g. {@code ticket-not-found}. */
    public String problemType() {
        return declared().type();
    }

    /** What went wrong, for the client's developer: the message, with a hint where one helps. */
    public String detail() {
        return getMessage();
    }

    /** The request field at fault, as the API and the form call it, or null when the refusal is not about one. */
    public String field() {
        return null;
    }

    /** Each field at fault with what is wrong with it; by default the one {@link #field()}, if any. */
    public List<FieldProblem> fieldProblems() {
        return field() == null ? List.of() : List.of(new FieldProblem(field(), detail()));
    }

    /** How long a client should wait before trying the same request again, when waiting can help. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    private Refusal declared() {
        Refusal refusal = getClass().getAnnotation(Refusal.class);
        if (refusal == null) {
            throw new IllegalStateException(getClass().getName() + " declares no @Refusal");
        }
        return refusal;
    }
}
