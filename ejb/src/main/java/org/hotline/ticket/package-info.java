/**
 * Tickets: one enquiry or case each, with a number that carries a check digit, a status workflow, comments,
 * attachments, a timeline of every change, and SLA clocks.
 */
package org.hotline.ticket;
