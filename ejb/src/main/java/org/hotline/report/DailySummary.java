package org.hotline.report;

import java.time.LocalDate;
import org.hotline.complaint.ComplaintTotals;

/**
 * One Baghdad day of the hotline on a page, for the National Data Center: the calls by hour (and the day's total), the
 * tickets by type, the agents, and the complaint totals supervisors may see.
 */
public record DailySummary(
        LocalDate day, CallReport calls, TicketReport tickets, AgentReport agents, ComplaintTotals complaints) {}
