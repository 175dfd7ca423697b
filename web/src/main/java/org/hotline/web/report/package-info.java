/** The supervisors' reports: the page with its charts and tables, and the chart data built for it. */
package org.hotline.web.report;
