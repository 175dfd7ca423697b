package org.hotline.search;

/** Results the best match first (newest among equals), or the newest first whatever the match. */
public enum SearchOrder {
    RELEVANCE,
    NEWEST
}
