package org.hotline.search;

import java.util.List;

/** One page of what matched, how many matched in all, and the facet counts of all that matched. */
public record Hits<H>(long total, List<H> hits, List<Facet> facets) {}
