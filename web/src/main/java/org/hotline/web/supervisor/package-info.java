/**
 * The supervisors' pages: SLA alerts for tickets at risk or breached, and the share of calls surveyed.
 */
package org.hotline.web.supervisor;
