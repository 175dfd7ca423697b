package org.hotline.search;

import jakarta.persistence.EntityManager;

/**
 * What one search index should hold, declared by the area that owns the index: the entity indexed, how many of its
 * rows belong in the index, and whether the index was built under rules that have since changed. {@link SearchIndexes}
 * rebuilds the indexes at start when one of them is empty while the database holds rows for it, or is outdated.
 * Desk search declares the e-service, citizen and ticket indexes ({@link DeskIndexes}); the complaint area declares
 * its own, so that the search package never depends on the areas that build their searches upon it.
 */
public interface IndexedContent {

    /** The indexed entity. */
    Class<?> type();

    /** The query (JPQL) that counts the rows of the database that belong in the index. */
    String storedCount();

    /** Whether the index holds documents built under rules that have since changed, so it must be rebuilt. */
    default boolean outdated(EntityManager em) {
        return false;
    }

    /** An index with no rules of its own beyond its mapping. */
    static IndexedContent of(Class<?> type, String storedCount) {
        record Plain(Class<?> type, String storedCount) implements IndexedContent {}
        return new Plain(type, storedCount);
    }
}
