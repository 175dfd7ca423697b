package org.hotline.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The other families of client mistakes, each as a problem: invalid fields (400 with one error per field), requests
 * JAX-RS itself refuses (unreadable JSON, wrong types, unknown paths: their own status), and a role that may not call
 * a boundary (403). What the EJB container wraps is unwrapped first; anything else is a real server error, logged
 * here with its cause and answered 500 without one.
 */
public final class ValidationMappers {

    private static final Logger LOG = Logger.getLogger(ValidationMappers.class);

    private ValidationMappers() {
    }

    static Problem invalid(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList();
        return Problem.of(Status.BAD_REQUEST, "invalid-request", "Some fields are missing or wrong.")
                .withErrors(errors);
    }

    /** The name of the field as the client wrote it: the last node of the path that is not a method or parameter. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                return node.getName();
            }
        }
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1).getName();
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException invalid) {
            return invalid(invalid).toResponse();
        }
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException refused) {
            Status status = Status.fromStatusCode(refused.getResponse().getStatus());
            Status known = status == null ? Status.BAD_REQUEST : status;
            String detail = known == Status.NOT_FOUND ? "There is no such resource in this API."
                    : known == Status.BAD_REQUEST ? "The request could not be read: " + readable(refused)
                    : known.getReasonPhrase();
            return Problem.of(known, known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), detail)
                    .toResponse();
        }

        static String readable(Throwable refused) {
            Throwable root = refused;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getMessage();
            return message == null ? "malformed body" : message.lines().findFirst().orElse("malformed body");
        }
    }

    /** A body JSON-B could not read: broken JSON, or a value of the wrong type for its field. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException unreadable) {
            return Problem.of(Status.BAD_REQUEST, "bad-request",
                    "The request could not be read: " + WebApplicationExceptionMapper.readable(unreadable)).toResponse();
        }
    }

    @Provider
    public static class EjbExceptionMapper implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException wrapped) {
            if (wrapped instanceof EJBAccessException) {
                return Problem.of(Status.FORBIDDEN, "forbidden", "Your account's roles do not allow this.")
                        .toResponse();
            }
            Throwable cause = wrapped.getCause();
            if (cause instanceof ConstraintViolationException invalid) {
                return invalid(invalid).toResponse();
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                // Two changes to one ticket at once (two files attached together): the later one is refused whole.
                return Problem.of(Status.CONFLICT, "stale-version", "Someone changed the ticket at the same moment."
                        + " Read the ticket again, then repeat the change.").toResponse();
            }
            if (cause instanceof IllegalArgumentException refused) {
                return Problem.of(Status.BAD_REQUEST, "invalid-request", refused.getMessage()).toResponse();
            }
            LOG.error("Request failed", wrapped);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "server-error",
                    "The server could not complete the request; nothing was saved half-way.").toResponse();
        }
    }
}
