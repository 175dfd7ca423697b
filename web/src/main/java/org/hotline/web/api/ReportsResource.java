package org.hotline.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.hotline.report.CallGrouping;
import org.hotline.report.CallMetrics;
import org.hotline.report.CallReport;
import org.hotline.report.CallReports;
import org.hotline.report.TicketGrouping;
import org.hotline.report.TicketReport;
import org.hotline.report.TicketReports;

/**
 * Supervisors' reports: the call and ticket reports as JSON and as CSV (audited). The period is Baghdad days, both
 * included, the last seven by default.
 */
@Path("/reports")
public class ReportsResource {

    /** A report without a period is of the last seven days. */
    private static final int DEFAULT_DAYS = 7;

    @EJB
    private CallReports reports;

    @EJB
    private TicketReports ticketReports;

    @GET
    @Path("/calls")
    @Produces(MediaType.APPLICATION_JSON)
    public CallReport calls(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("answerSeconds") @DefaultValue("" + CallMetrics.DEFAULT_ANSWER_SECONDS)
            @Min(1) @Max(600) int answerSeconds) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return reports.calls(days.from(), days.to(), grouping(by), answerSeconds);
    }

    @GET
    @Path("/calls.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response callsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("answerSeconds") @DefaultValue("" + CallMetrics.DEFAULT_ANSWER_SECONDS)
            @Min(1) @Max(600) int answerSeconds) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        LocalDate start = days.from();
        LocalDate end = days.to();
        CallGrouping grouping = grouping(by);
        return Response.ok(reports.exportCsv(start, end, grouping, answerSeconds)).header("Content-Disposition",
                "attachment; filename=\"calls-by-" + grouping.name().toLowerCase(java.util.Locale.ROOT) + "-" + start
                        + "-" + end + ".csv\"").build();
    }

    @GET
    @Path("/tickets")
    @Produces(MediaType.APPLICATION_JSON)
    public TicketReport tickets(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return ticketReports.tickets(days.from(), days.to(), ticketGrouping(by));
    }

    @GET
    @Path("/tickets.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response ticketsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        LocalDate start = days.from();
        LocalDate end = days.to();
        TicketGrouping grouping = ticketGrouping(by);
        return Response.ok(ticketReports.exportCsv(start, end, grouping)).header("Content-Disposition",
                "attachment; filename=\"tickets-by-" + grouping.name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + start + "-" + end + ".csv\"").build();
    }

    private static TicketGrouping ticketGrouping(String by) {
        TicketGrouping grouping = ApiParams.oneOf(TicketGrouping.class, "by", by);
        return grouping == null ? TicketGrouping.TYPE : grouping;
    }

    private static CallGrouping grouping(String by) {
        CallGrouping grouping = ApiParams.oneOf(CallGrouping.class, "by", by);
        return grouping == null ? CallGrouping.DAY : grouping;
    }
}
