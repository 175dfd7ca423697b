/**
 * The ticket desk pages, for agents, supervisors and administrators: the ticket list, a new ticket for a caller found
 * by phone, and a ticket's detail with its workflow, comments, attachments, timeline and merge.
 */
package org.hotline.web.desk;
