package org.hotline.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;

/**
 * The Content-Type and Accept headers, checked before JAX-RS matches the request on them: a header it cannot parse
 * would otherwise fail inside the matching as an unexpected exception (500). A Content-Type that is not a media type,
 * is a wildcard ({@code *}{@code /*}: JAX-RS would hand the body to any reader, the multipart one included, which then
 * fails for want of a boundary), or names a charset this server does not have, is 415; an Accept that is not a list of media types is 406. These come
 * before the sign-in and the role, as the path's 404 does: they are about the request's form, not its caller.
 */
@Provider
@PreMatching
public class ApiHeadersFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank() && !readable(contentType)) {
            request.abortWith(Problem.of(
                            Status.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type",
                            "The Content-Type is not a media type with a charset this API reads: send UTF-8 JSON, or the"
                                    + " type the operation takes.")
                    .toResponse());
            return;
        }
        for (String accept : request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, java.util.List.of())) {
            if (!acceptable(accept)) {
                request.abortWith(Problem.of(
                                Status.NOT_ACCEPTABLE,
                                "not-acceptable",
                                "The Accept header is not a list of media types.")
                        .toResponse());
                return;
            }
        }
    }

    private static boolean readable(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false; // a body is of one type; with */* JAX-RS would pick any reader, multipart's included
            }
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            return charset == null || Charset.isSupported(charset);
        } catch (IllegalArgumentException notAMediaType) { // IllegalCharsetNameException included
            return false;
        }
    }

    private static boolean acceptable(String accept) {
        try {
            for (String part : accept.split(",")) {
                if (!part.isBlank()) {
                    MediaType.valueOf(part.strip());
                }
            }
            return true;
        } catch (IllegalArgumentException notAMediaType) {
            return false;
        }
    }
}
