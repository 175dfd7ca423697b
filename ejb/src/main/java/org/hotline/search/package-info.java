/**
 * Search: the text analysis of Arabic and English as agents and citizens write them, defined once for the
 * indexes and their queries.
 */
package org.hotline.search;
