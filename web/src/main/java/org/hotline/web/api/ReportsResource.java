package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hotline.common.BusinessTime;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;
import org.hotline.complaint.ComplaintGrouping;
import org.hotline.complaint.ComplaintReport;
import org.hotline.complaint.ComplaintReports;
import org.hotline.complaint.ComplaintTotals;
import org.hotline.report.AgentReport;
import org.hotline.report.AgentReports;
import org.hotline.report.CallGrouping;
import org.hotline.report.CallMetrics;
import org.hotline.report.CallReport;
import org.hotline.report.CallReports;
import org.hotline.report.DailySummaries;
import org.hotline.report.PeriodComparison;
import org.hotline.report.PeriodComparisons;
import org.hotline.report.SatisfactionGrouping;
import org.hotline.report.SatisfactionReport;
import org.hotline.report.SatisfactionReports;
import org.hotline.report.StaffingForecast;
import org.hotline.report.StaffingForecasts;
import org.hotline.report.TicketGrouping;
import org.hotline.report.TicketReport;
import org.hotline.report.TicketReports;
import org.hotline.web.http.WebSettings;
import org.hotline.web.i18n.Language;
import org.hotline.web.i18n.LocaleBacking;
import org.hotline.web.report.DailySummaryPdf;
import org.hotline.web.report.ReportTable;
import org.hotline.web.report.ReportTables;
import org.hotline.web.report.TableFormats;

/**
 * The reports: calls, tickets, agents and the callers' satisfaction for supervisors (and administrators); complaints for officers, and their
 * totals for supervisors. Each as JSON, and exported as CSV and Excel (audited); the daily summary as a PDF (audited).
 * The period is Baghdad days, both included, the last seven by default. Exports are labelled in {@code lang} (ar, en,
 * ku), else in the user's language.
 */
@Path("/reports")
public class ReportsResource {

    /** A report without a period is of the last seven days. */
    private static final int DEFAULT_DAYS = 7;

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    private WebSettings settings;

    @EJB
    private CallReports reports;

    @EJB
    private TicketReports ticketReports;

    @EJB
    private AgentReports agentReports;

    @EJB
    private ComplaintReports complaintReports;

    @EJB
    private DailySummaries dailySummaries;

    @EJB
    private SatisfactionReports satisfactionReports;

    @EJB
    private PeriodComparisons comparisons;

    @EJB
    private StaffingForecasts staffingForecasts;

    @Inject
    private LocaleBacking locale;

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/calls")
    @Produces(MediaType.APPLICATION_JSON)
    public CallReport calls(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by,
            @QueryParam("answerSeconds") String answerSeconds) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return reports.calls(days.from(), days.to(), grouping(by), answerSeconds(answerSeconds));
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/calls.{format: csv|xlsx}")
    @Produces({CSV, TableFormats.XLSX})
    public Response callsExport(
            @PathParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by,
            @QueryParam("answerSeconds") String answerSeconds,
            @QueryParam("lang") String lang) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        CallGrouping grouping = grouping(by);
        ExportFormat as = format(format);
        Language language = language(lang); // before the export is audited: a mistake exports nothing
        CallReport report = reports.export(days.from(), days.to(), grouping, answerSeconds(answerSeconds), as);
        return file(as, List.of(tables(language).calls(report)), language, "calls-by-" + name(grouping), days);
    }

    /** The headline figures of the period next to those of the period of as many days before it. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/comparison")
    @Produces(MediaType.APPLICATION_JSON)
    public PeriodComparison comparison(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("answerSeconds") String answerSeconds) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return comparisons.compare(days.from(), days.to(), answerSeconds(answerSeconds));
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/tickets")
    @Produces(MediaType.APPLICATION_JSON)
    public TicketReport tickets(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return ticketReports.tickets(days.from(), days.to(), ticketGrouping(by));
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/tickets.{format: csv|xlsx}")
    @Produces({CSV, TableFormats.XLSX})
    public Response ticketsExport(
            @PathParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by,
            @QueryParam("lang") String lang) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        TicketGrouping grouping = ticketGrouping(by);
        ExportFormat as = format(format);
        Language language = language(lang);
        TicketReport report = ticketReports.export(days.from(), days.to(), grouping, as);
        return file(as, List.of(tables(language).tickets(report)), language, "tickets-by-" + name(grouping), days);
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/agents")
    @Produces(MediaType.APPLICATION_JSON)
    public AgentReport agents(@QueryParam("from") String from, @QueryParam("to") String to) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return agentReports.agents(days.from(), days.to());
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/agents.{format: csv|xlsx}")
    @Produces({CSV, TableFormats.XLSX})
    public Response agentsExport(
            @PathParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        ExportFormat as = format(format);
        Language language = language(lang);
        AgentReport report = agentReports.export(days.from(), days.to(), as);
        return file(as, List.of(tables(language).agents(report)), language, "agents", days);
    }

    /**
     * The staffing forecast for a weekday (today's by default) from its last {@code weeks} (8 by default) up to
     * {@code to} (yesterday by default), for {@code serviceLevel} % (80) answered within {@code answerSeconds} (20)
     * and at most {@code maxAbandoned} % (5) abandoned.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/staffing")
    @Produces(MediaType.APPLICATION_JSON)
    public StaffingForecast staffing(
            @QueryParam("weekday") String weekday,
            @QueryParam("weeks") String weeks,
            @QueryParam("to") String to,
            @QueryParam("serviceLevel") String serviceLevel,
            @QueryParam("answerSeconds") String answerSeconds,
            @QueryParam("maxAbandoned") String maxAbandoned) {
        Staffing asked = staffingAsked(weekday, weeks, to, serviceLevel, answerSeconds, maxAbandoned);
        return staffingForecasts.forecast(
                asked.weekday(),
                asked.weeks(),
                asked.to(),
                asked.serviceLevel(),
                asked.answerSeconds(),
                asked.maxAbandoned());
    }

    /** The callers' satisfaction with answered calls, by agent, queue, topic or e-service. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/satisfaction")
    @Produces(MediaType.APPLICATION_JSON)
    public SatisfactionReport satisfaction(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return satisfactionReports.satisfaction(days.from(), days.to(), satisfactionGrouping(by));
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/staffing.{format: csv|xlsx}")
    @Produces({CSV, TableFormats.XLSX})
    public Response staffingExport(
            @PathParam("format") String format,
            @QueryParam("weekday") String weekday,
            @QueryParam("weeks") String weeks,
            @QueryParam("to") String to,
            @QueryParam("serviceLevel") String serviceLevel,
            @QueryParam("answerSeconds") String answerSeconds,
            @QueryParam("maxAbandoned") String maxAbandoned,
            @QueryParam("lang") String lang) {
        Staffing asked = staffingAsked(weekday, weeks, to, serviceLevel, answerSeconds, maxAbandoned);
        ExportFormat as = format(format);
        Language language = language(lang); // before the export is audited: a mistake exports nothing
        StaffingForecast forecast = staffingForecasts.export(
                asked.weekday(),
                asked.weeks(),
                asked.to(),
                asked.serviceLevel(),
                asked.answerSeconds(),
                asked.maxAbandoned(),
                as);
        return file(
                as,
                List.of(tables(language).staffing(forecast)),
                language,
                "staffing-" + name(asked.weekday()) + "-" + asked.weeks() + "-weeks-to-" + asked.to());
    }

    /** A staffing forecast as asked in the query, each value checked against its range, named when wrong. */
    private record Staffing(
            DayOfWeek weekday, int weeks, LocalDate to, int serviceLevel, int answerSeconds, int maxAbandoned) {}

    private static Staffing staffingAsked(
            String weekday, String weeks, String to, String serviceLevel, String answerSeconds, String maxAbandoned) {
        DayOfWeek day = ApiParams.oneOf(DayOfWeek.class, "weekday", weekday);
        LocalDate until = ApiParams.day("to", to);
        return new Staffing(
                day != null ? day : LocalDate.now(BusinessTime.ZONE).getDayOfWeek(),
                ApiParams.whole("weeks", weeks, 8, 1, StaffingForecasts.MOST_WEEKS),
                until != null ? until : LocalDate.now(BusinessTime.ZONE).minusDays(1),
                ApiParams.whole("serviceLevel", serviceLevel, 80, 1, 99),
                ApiParams.whole("answerSeconds", answerSeconds, CallMetrics.DEFAULT_ANSWER_SECONDS, 1, 600),
                ApiParams.whole("maxAbandoned", maxAbandoned, 5, 1, 100));
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/satisfaction.{format: csv|xlsx}")
    @Produces({CSV, TableFormats.XLSX})
    public Response satisfactionExport(
            @PathParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by,
            @QueryParam("lang") String lang) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        SatisfactionGrouping grouping = satisfactionGrouping(by);
        ExportFormat as = format(format);
        Language language = language(lang);
        SatisfactionReport report = satisfactionReports.export(days.from(), days.to(), grouping, as);
        return file(
                as,
                List.of(tables(language).satisfaction(report)),
                language,
                "satisfaction-by-" + name(grouping),
                days);
    }

    /** Officers only: the breakdown, the time in each state and the trend (audited, as it names institutions). */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/complaints")
    @Produces(MediaType.APPLICATION_JSON)
    public ComplaintReport complaints(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return complaintReports.complaints(days.from(), days.to(), complaintGrouping(by));
    }

    /** Officers only: the breakdown as CSV; the workbook adds the time in each state and the trend. */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/complaints.{format: csv|xlsx}")
    @Produces({CSV, TableFormats.XLSX})
    public Response complaintsExport(
            @PathParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by,
            @QueryParam("lang") String lang) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        ComplaintGrouping grouping = complaintGrouping(by);
        ExportFormat as = format(format);
        Language language = language(lang);
        ComplaintReport report = complaintReports.export(days.from(), days.to(), grouping, as);
        return file(as, tables(language).complaints(report), language, "complaints-by-" + name(grouping), days);
    }

    /** Supervisors (and officers): how many complaints were received, and are open or closed; nothing more. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/complaints/totals")
    @Produces(MediaType.APPLICATION_JSON)
    public ComplaintTotals complaintTotals(@QueryParam("from") String from, @QueryParam("to") String to) {
        ApiParams.Days days = ApiParams.period(from, to, DEFAULT_DAYS);
        return complaintReports.totals(days.from(), days.to());
    }

    /** The daily summary of a Baghdad day (today by default) as a PDF. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/daily.pdf")
    @Produces("application/pdf")
    public Response dailySummary(@QueryParam("day") String day, @QueryParam("lang") String lang) {
        LocalDate date = ApiParams.day("day", day);
        date = date != null ? date : LocalDate.now(BusinessTime.ZONE);
        Language language = language(lang);
        byte[] pdf = new DailySummaryPdf(language.locale(), "rtl".equals(language.getDirection()), settings.pdfFont())
                .write(dailySummaries.export(date, ExportFormat.PDF));
        return attachment(pdf, "application/pdf", "daily-summary-" + date + ".pdf");
    }

    private static Response file(
            ExportFormat format, List<ReportTable> tables, Language language, String name, ApiParams.Days days) {
        return file(format, tables, language, name + "-" + days.from() + "-" + days.to());
    }

    /** The tables as a file named {@code base} and the format's extension: the first as CSV, or all as a workbook. */
    private static Response file(ExportFormat format, List<ReportTable> tables, Language language, String base) {
        String file = base + "." + format.name().toLowerCase(Locale.ROOT);
        if (format == ExportFormat.CSV) {
            return attachment(TableFormats.csv(tables.get(0)), CSV, file);
        }
        boolean rightToLeft = "rtl".equals(language.getDirection());
        StreamingOutput workbook = out -> TableFormats.xlsx(tables, rightToLeft, out);
        return attachment(workbook, TableFormats.XLSX, file);
    }

    private static Response attachment(Object content, String mediaType, String file) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static ReportTables tables(Language language) {
        return new ReportTables(language.locale());
    }

    /** N of "answered within N seconds": a whole number (the report checks 1 to 600), 20 when not given. */
    private static int answerSeconds(String answerSeconds) {
        return ApiParams.whole("answerSeconds", answerSeconds, CallMetrics.DEFAULT_ANSWER_SECONDS);
    }

    /** The language asked for, else the user's. */
    private Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return locale.getLanguage();
        }
        return Language.ofCode(lang.strip()).orElseThrow(() -> ApiParams.invalid("lang", "is one of ar, en, ku"));
    }

    private static ExportFormat format(String format) {
        return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT)); // the path admits csv and xlsx only
    }

    private static String name(Enum<?> grouping) {
        return grouping.name().toLowerCase(Locale.ROOT);
    }

    private static ComplaintGrouping complaintGrouping(String by) {
        ComplaintGrouping grouping = ApiParams.oneOf(ComplaintGrouping.class, "by", by);
        return grouping == null ? ComplaintGrouping.INSTITUTION : grouping;
    }

    private static SatisfactionGrouping satisfactionGrouping(String by) {
        SatisfactionGrouping grouping = ApiParams.oneOf(SatisfactionGrouping.class, "by", by);
        return grouping == null ? SatisfactionGrouping.AGENT : grouping;
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
