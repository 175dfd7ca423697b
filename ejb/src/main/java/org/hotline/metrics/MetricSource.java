package org.hotline.metrics;

/**
 * An area's gauges, read when the metrics are scraped. A source answers from what it holds in memory or from an
 * indexed count it keeps for a few seconds ({@link MetricsSettings#refreshEvery()}), never from a scan of a large
 * table per scrape. It runs with no signed-in user and writes only counts.
 */
public interface MetricSource {

    /** The area, as {@code hotline_scrape_failures} names it when its figures cannot be read. */
    String name();

    void writeTo(Exposition out);
}
