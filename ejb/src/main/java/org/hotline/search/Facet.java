package org.hotline.search;

import java.util.List;

/**
 * How many of the matches have each value of one filter (status, type, institution, e-service, created), counted by
 * Lucene over everything that matched the text and the filters applied. Values are codes and enum names; pages show
 * them in the user's language.
 */
public record Facet(String name, List<Value> values) {

    public record Value(String value, long count) {}
}
