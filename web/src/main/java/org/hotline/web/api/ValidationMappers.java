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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.hotline.web.errors.DatabaseUnavailable;
import org.jboss.logging.Logger;

/**
 * The other families of client mistakes, each as a problem: invalid fields (400 with one error per field), requests
 * JAX-RS itself refuses (unreadable JSON, wrong types, unknown paths: their own status), and a role that may not call
 * a boundary (403). What the EJB container wraps is unwrapped first; what the libraries underneath report of a
 * client's mistake is recognised by {@link ClientMistakes}; the database out of reach is a 503 that says when to try
 * again ({@link DatabaseUnavailable}); anything else is a real server error, logged here with its
 * cause and answered 500 without one. No answer repeats an exception's message from a library.
 */
public final class ValidationMappers {

    private static final Logger LOG = Logger.getLogger(ValidationMappers.class);

    private ValidationMappers() {}

    static Problem invalid(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(Status.BAD_REQUEST, "invalid-request", "Some fields are missing or wrong.")
                .withErrors(errors);
    }

    /** The name of the field as the client wrote it: the last node of the path that is not a method or parameter. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
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
        /** How RESTEasy names a parameter it could not convert ("… QueryParam(\"page\") value is …"). */
        private static final Pattern PARAMETER =
                Pattern.compile("(Query|Header|Cookie|Matrix|Form)Param\\(\"([^\"]+)\"\\)");

        @Override
        public Response toResponse(WebApplicationException refused) {
            if (refused.getResponse().getEntity() instanceof Problem
                    || refused.getResponse().getStatus() < 400) {
                return refused.getResponse(); // ours, already a problem; or no error (OPTIONS answers this way)
            }
            Status status = Status.fromStatusCode(refused.getResponse().getStatus());
            Status known = status == null ? Status.BAD_REQUEST : status;
            Matcher parameter = PARAMETER.matcher(String.valueOf(refused.getMessage()));
            if ((known == Status.NOT_FOUND || known == Status.BAD_REQUEST) && parameter.find()) {
                // JAX-RS answers 404 for a query value it cannot convert, as if the resource were missing
                String name = parameter.group(2);
                return ApiParams.invalid(name, "has a value of the wrong type or out of range")
                        .getResponse();
            }
            if (known == Status.BAD_REQUEST) {
                Optional<Problem> mistake = ClientMistakes.of(refused);
                if (mistake.isPresent()) {
                    return mistake.get().toResponse();
                }
            }
            String detail = known == Status.NOT_FOUND
                    ? "There is no such resource in this API."
                    : known == Status.BAD_REQUEST
                            ? "The request could not be read."
                            : known == Status.UNSUPPORTED_MEDIA_TYPE
                                    ? "This operation does not take a body of this"
                                            + " Content-Type; the API's description (/openapi) lists what each operation takes."
                                    : known.getReasonPhrase();
            return Problem.of(
                            known,
                            known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                            detail)
                    .toResponse();
        }
    }

    /** A body JSON-B could not read: broken JSON, or a value of the wrong type for its field. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException unreadable) {
            return ClientMistakes.of(unreadable)
                    .orElseGet(() -> Problem.of(
                            Status.BAD_REQUEST,
                            "bad-request",
                            "The request could not be read: the body is not what this operation takes."))
                    .toResponse();
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
                return Problem.of(
                                Status.CONFLICT,
                                "stale-version",
                                "Someone changed the ticket at the same moment."
                                        + " Read the ticket again, then repeat the change.")
                        .toResponse();
            }
            return UnexpectedExceptionMapper.answer(wrapped);
        }
    }

    /**
     * The database out of reach for a moment (stopped, restarting): 503 with when to try again, and the promise that
     * nothing of the request was kept (its transaction was rolled back, or never began). One line in the log without
     * the stack: during an outage every request fails alike, and /health already says why.
     */
    static Response databaseUnavailable(Throwable failure) {
        if (failure != null) {
            LOG.warnf("Request answered 503, the database is unavailable: %s", failure);
        }
        Response unavailable = Problem.of(
                        Status.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "The database is unavailable for a moment; nothing was saved. Try again after "
                                + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds.")
                .toResponse();
        return Response.fromResponse(unavailable)
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Everything no other mapper knows: a client's mistake found among the causes (see {@link ClientMistakes}) is its
     * 4xx; the rest is the server's fault, logged here with its whole cause and answered 500 with no text of it (a
     * stack trace or an exception's message would tell an attacker about the internals, and the client can do
     * nothing with it).
     */
    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            return answer(failure);
        }

        static Response answer(Throwable failure) {
            if (DatabaseUnavailable.among(failure)) {
                return databaseUnavailable(failure);
            }
            Optional<Problem> mistake = ClientMistakes.of(failure);
            if (mistake.isPresent()) {
                LOG.debugf("Client mistake answered %d: %s", mistake.get().status(), failure);
                return mistake.get().toResponse();
            }
            LOG.error("Request failed", failure);
            return Problem.of(
                            Status.INTERNAL_SERVER_ERROR,
                            "server-error",
                            "The server could not complete the request; nothing was saved half-way.")
                    .toResponse();
        }
    }
}
