package org.hotline.common;

/** One field of a request that was wrong, named as the request names it, with what was wrong with it. */
public record FieldProblem(String field, String message) {}
