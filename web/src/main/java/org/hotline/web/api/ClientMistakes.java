package org.hotline.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises, in the causes of a failure, the client's mistakes that the libraries under the API report as their own
 * exceptions: a body that is not JSON, not UTF-8, of a charset nobody knows, too large, a value of the wrong type or
 * out of range, a day outside the calendar, a search the index cannot run. Each becomes a 4xx problem with our own
 * words: the libraries' messages are never passed on, since they quote the input and name the server's internals.
 */
final class ClientMistakes {

    /** How Yasson names the property it was reading ("Unable to deserialize property 'occurredOn' because of …"). */
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    /** Causes known by name only: the web module does not see Undertow's or Lucene's classes. */
    private static final List<String> TOO_LARGE = List.of("RequestTooBigException");

    private static final List<String> SEARCH_TOO_COMPLEX =
            List.of("TooManyClauses", "TooManyNestedClauses", "ParseException");
    private static final List<String> OPENSEARCH_TOO_COMPLEX =
            List.of("too_many_clauses", "too_many_nested_clauses", "maxClauseCount");

    private ClientMistakes() {}

    /** The problem for a client's mistake found among the causes, or empty when the failure is the server's own. */
    static Optional<Problem> of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (writingTheAnswer(chain)) {
            return Optional.empty(); // JSON-B failed on our answer, not on the client's body
        }
        for (Throwable cause : chain) {
            if (cause instanceof ApiJson.ImplausibleDay) {
                return Optional.of(field(chain, "A day in the body is " + cause.getMessage() + "."));
            }
            if (cause instanceof ApiJson.NotWhole) {
                return Optional.of(
                        field(chain, "A whole number is expected: a JSON number without a fraction, not a text."));
            }
            if (cause instanceof JsonParsingException broken) {
                JsonLocation at = broken.getLocation();
                return Optional.of(Problem.of(
                        Status.BAD_REQUEST,
                        "bad-request",
                        "The body is not valid JSON"
                                + (at == null
                                        ? "."
                                        : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ").")));
            }
            if (cause instanceof CharacterCodingException) {
                return Optional.of(Problem.of(
                        Status.BAD_REQUEST,
                        "bad-request",
                        "The body is not valid text in its charset (UTF-8 unless the Content-Type says otherwise)."));
            }
            if (cause instanceof UnsupportedCharsetException || cause instanceof IllegalCharsetNameException) {
                return Optional.of(Problem.of(
                        Status.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "The Content-Type names a charset this API does not read: send UTF-8."));
            }
            if (named(cause, TOO_LARGE)) {
                return Optional.of(Problem.of(
                        Status.REQUEST_ENTITY_TOO_LARGE,
                        "request-entity-too-large",
                        "The body is larger than this API accepts."));
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
                return Optional.of(field(
                        chain,
                        "The body could not be read: a value has the wrong type, is out of"
                                + " range, or is not one of the values the field takes."));
            }
            if (cause instanceof DateTimeException) {
                return Optional.of(Problem.of(
                        Status.BAD_REQUEST,
                        "bad-request",
                        "A date or time of the request is out of range: days run from " + ApiParams.EARLIEST + " to "
                                + ApiParams.LATEST + "."));
            }
            if (named(cause, SEARCH_TOO_COMPLEX) && cause.getClass().getName().startsWith("org.apache.lucene.")
                    || refusedAsTooComplexByOpenSearch(cause)) {
                return Optional.of(Problem.of(
                        Status.BAD_REQUEST,
                        "search-too-complex",
                        "The search matches too many words at once: use fewer wildcards and fewer words."));
            }
        }
        return Optional.empty();
    }

    /** The problem, with the field named when the JSON-B message names the property it was reading. */
    private static Problem field(List<Throwable> chain, String detail) {
        for (Throwable cause : chain) {
            Matcher property = cause.getMessage() == null ? null : PROPERTY.matcher(cause.getMessage());
            if (property != null && property.find()) {
                String name = property.group(1);
                return Problem.of(Status.BAD_REQUEST, "bad-request", detail + " Field: " + name + ".")
                        .withErrors(List.of(new Problem.FieldError(name, detail)));
            }
        }
        return Problem.of(Status.BAD_REQUEST, "bad-request", detail);
    }

    /** RESTEasy says "JSON Binding serialization error" when writing, "deserialization" when reading. */
    private static boolean writingTheAnswer(List<Throwable> chain) {
        return chain.stream()
                .map(Throwable::getMessage)
                .anyMatch(message -> message != null
                        && message.contains("serialization error")
                        && !message.contains("deserialization error"));
    }

    /**
     * OpenSearch refuses the same searches Lucene would (it is Lucene), and says so in the error it answers, which
     * Hibernate Search passes on in its message.
     */
    private static boolean refusedAsTooComplexByOpenSearch(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getName().startsWith("org.hibernate.search.")
                && message != null
                && OPENSEARCH_TOO_COMPLEX.stream().anyMatch(message::contains);
    }

    private static boolean named(Throwable cause, List<String> simpleNames) {
        String name = cause.getClass().getName();
        return simpleNames.stream().anyMatch(simple -> name.endsWith("." + simple) || name.endsWith("$" + simple));
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable at = failure; at != null && !chain.contains(at) && chain.size() < 50; at = at.getCause()) {
            chain.add(at);
        }
        return chain;
    }
}
