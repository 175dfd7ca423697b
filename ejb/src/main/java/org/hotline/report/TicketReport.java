package org.hotline.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The ticket report of a period of Baghdad days (both included), broken down one way, the most created first. */
public record TicketReport(
        LocalDate from, LocalDate to, TicketGrouping by, List<TicketFigures> rows, TicketFigures total)
        implements Serializable {}
