package org.hotline.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, for the client's developer ({@code title}, {@code detail}) and for its code
 * ({@code type}, {@code status}, and per field in {@code errors}).
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One field that was missing or wrong, named as in the request body or query. */
    public record FieldError(String field, String message) {}

    static Problem of(Response.Status status, String kind, String detail) {
        return of(status.getStatusCode(), kind, detail);
    }

    static Problem of(int status, String kind, String detail) {
        return new Problem(
                "urn:hotline:problem:" + kind,
                Response.Status.fromStatusCode(status).getReasonPhrase(),
                status,
                detail,
                List.of());
    }

    Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors));
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
