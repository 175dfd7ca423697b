/**
 * The application's figures for monitoring, in Prometheus' text format: counters that the areas increment where things
 * happen (requests, refusals, tickets, complaints, SLA alerts), and the gauges each area reads when it is scraped
 * ({@link org.hotline.metrics.MetricSource}). Nothing here names a person or a ticket: only counts.
 */
package org.hotline.metrics;
