/**
 * Supervisors' reports: what each figure means, written once ({@link org.hotline.report.CallMetrics}), and
 * the aggregate queries that compute the figures in the database.
 */
package org.hotline.report;
