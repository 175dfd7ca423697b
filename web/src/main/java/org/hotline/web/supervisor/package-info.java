/**
 * The supervisors' pages: SLA alerts for tickets at risk or breached.
 */
package org.hotline.web.supervisor;
