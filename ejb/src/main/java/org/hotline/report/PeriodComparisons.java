package org.hotline.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.hotline.common.DayPeriod;
import org.hotline.common.Role;
import org.hotline.complaint.ComplaintReports;
import org.hotline.complaint.ComplaintTotals;
import org.hotline.report.PeriodComparison.Better;
import org.hotline.report.PeriodComparison.Kind;
import org.hotline.report.PeriodComparison.Measure;

/**
 * A period against the one before it, for supervisors: the same reports run twice (the totals only), so every figure
 * means exactly what it means in its own report. The previous period has as many days and ends the day before.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class PeriodComparisons {

    @EJB
    private CallReports calls;

    @EJB
    private TicketReports tickets;

    @EJB
    private ComplaintReports complaints;

    public PeriodComparison compare(
            @NotNull LocalDate from, @NotNull LocalDate to, @Min(1) @Max(600) int answerSeconds) {
        DayPeriod period = DayPeriod.of(from, to, CallReports.MAX_DAYS);
        DayPeriod before = period.previous();
        CallFigures callsNow =
                calls.calls(from, to, CallGrouping.DAY, answerSeconds).total();
        CallFigures callsBefore = calls.calls(before.from(), before.to(), CallGrouping.DAY, answerSeconds)
                .total();
        TicketFigures ticketsNow =
                tickets.tickets(from, to, TicketGrouping.TYPE).total();
        TicketFigures ticketsBefore =
                tickets.tickets(before.from(), before.to(), TicketGrouping.TYPE).total();
        ComplaintTotals complaintsNow = complaints.totals(from, to);
        ComplaintTotals complaintsBefore = complaints.totals(before.from(), before.to());
        return new PeriodComparison(
                from,
                to,
                before.from(),
                before.to(),
                List.of(
                        count("offered", callsNow.offered(), callsBefore.offered()),
                        count("answered", callsNow.answered(), callsBefore.answered()),
                        count("abandoned", callsNow.abandoned(), callsBefore.abandoned()),
                        // With no call offered there is no service level or abandon rate, not 0%.
                        Measure.of(
                                "serviceLevel",
                                Kind.FRACTION,
                                Better.HIGHER,
                                callsNow.offered() == 0 ? null : callsNow.serviceLevel(),
                                callsBefore.offered() == 0 ? null : callsBefore.serviceLevel()),
                        Measure.of(
                                "abandonRate",
                                Kind.FRACTION,
                                Better.LOWER,
                                callsNow.offered() == 0 ? null : callsNow.abandonRate(),
                                callsBefore.offered() == 0 ? null : callsBefore.abandonRate()),
                        Measure.of(
                                "asa",
                                Kind.SECONDS,
                                Better.LOWER,
                                callsNow.averageSpeedOfAnswer(),
                                callsBefore.averageSpeedOfAnswer()),
                        Measure.of(
                                "aht",
                                Kind.SECONDS,
                                Better.NEITHER,
                                callsNow.averageHandleTime(),
                                callsBefore.averageHandleTime()),
                        count("created", ticketsNow.created(), ticketsBefore.created()),
                        count("resolved", ticketsNow.resolved(), ticketsBefore.resolved()),
                        Measure.of("backlog", Kind.COUNT, Better.LOWER, (double) ticketsNow.backlog(), (double)
                                ticketsBefore.backlog()),
                        Measure.of(
                                "slaCompliance",
                                Kind.FRACTION,
                                Better.HIGHER,
                                ticketsNow.slaCompliance(),
                                ticketsBefore.slaCompliance()),
                        Measure.of(
                                "firstResponseCompliance",
                                Kind.FRACTION,
                                Better.HIGHER,
                                ticketsNow.firstResponseCompliance(),
                                ticketsBefore.firstResponseCompliance()),
                        Measure.of(
                                "callToResolution",
                                Kind.SECONDS,
                                Better.LOWER,
                                ticketsNow.averageCallToResolution(),
                                ticketsBefore.averageCallToResolution()),
                        count("complaintsReceived", complaintsNow.received(), complaintsBefore.received())));
    }

    /** A volume: neither more nor fewer is better in itself. */
    private static Measure count(String name, long now, long before) {
        return Measure.of(name, Kind.COUNT, Better.NEITHER, (double) now, (double) before);
    }
}
