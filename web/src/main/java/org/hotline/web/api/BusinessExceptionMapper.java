package org.hotline.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hotline.common.BusinessException;

/**
 * The domain said no: each refusal declares its status and problem type ({@link org.hotline.common.Refusal}), and
 * this answers with them, the detail, the fields at fault, and when to try again if waiting helps.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException refused) {
        Response.ResponseBuilder response =
                Response.fromResponse(problem(refused).toResponse());
        refused.retryAfter().ifPresent(wait -> response.header("Retry-After", wait.toSeconds()));
        return response.build();
    }

    static Problem problem(BusinessException refused) {
        return Problem.of(refused.status().code(), refused.problemType(), refused.detail())
                .withErrors(refused.fieldProblems().stream()
                        .map(p -> new Problem.FieldError(p.field(), p.message()))
                        .toList());
    }
}
