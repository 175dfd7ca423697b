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
import java.time.ZonedDateTime;
import org.hotline.common.BusinessTime;
import org.hotline.report.CallGrouping;
import org.hotline.report.CallMetrics;
import org.hotline.report.CallReport;
import org.hotline.report.CallReports;

/**
 * Supervisors' reports: the call report as JSON and as CSV (audited). The period is Baghdad days, both included, the
 * last seven by default.
 */
@Path("/reports")
public class ReportsResource {

    @EJB
    private CallReports reports;

    @GET
    @Path("/calls")
    @Produces(MediaType.APPLICATION_JSON)
    public CallReport calls(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("answerSeconds") @DefaultValue("" + CallMetrics.DEFAULT_ANSWER_SECONDS)
            @Min(1) @Max(600) int answerSeconds) {
        LocalDate end = end(to);
        return reports.calls(start(from, end), end, grouping(by), answerSeconds);
    }

    @GET
    @Path("/calls.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response callsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("answerSeconds") @DefaultValue("" + CallMetrics.DEFAULT_ANSWER_SECONDS)
            @Min(1) @Max(600) int answerSeconds) {
        LocalDate end = end(to);
        LocalDate start = start(from, end);
        CallGrouping grouping = grouping(by);
        return Response.ok(reports.exportCsv(start, end, grouping, answerSeconds)).header("Content-Disposition",
                "attachment; filename=\"calls-by-" + grouping.name().toLowerCase(java.util.Locale.ROOT) + "-" + start
                        + "-" + end + ".csv\"").build();
    }

    private static CallGrouping grouping(String by) {
        CallGrouping grouping = ApiParams.oneOf(CallGrouping.class, "by", by);
        return grouping == null ? CallGrouping.DAY : grouping;
    }

    private static LocalDate end(String to) {
        LocalDate end = ApiParams.day(to);
        return end != null ? end : ZonedDateTime.now(BusinessTime.ZONE).toLocalDate();
    }

    private static LocalDate start(String from, LocalDate end) {
        LocalDate start = ApiParams.day(from);
        return start != null ? start : end.minusDays(6);
    }
}
