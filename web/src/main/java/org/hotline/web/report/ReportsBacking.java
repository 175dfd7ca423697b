package org.hotline.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.common.BusinessTime;
import org.hotline.complaint.ComplaintReports;
import org.hotline.complaint.ComplaintTotals;
import org.hotline.report.AgentReport;
import org.hotline.report.AgentReports;
import org.hotline.report.CallFigures;
import org.hotline.report.CallGrouping;
import org.hotline.report.CallMetrics;
import org.hotline.report.CallReport;
import org.hotline.report.CallReports;
import org.hotline.report.PeriodComparison;
import org.hotline.report.PeriodComparisons;
import org.hotline.report.SatisfactionGrouping;
import org.hotline.report.SatisfactionReport;
import org.hotline.report.SatisfactionReports;
import org.hotline.report.TicketGrouping;
import org.hotline.report.TicketReport;
import org.hotline.report.TicketReports;
import org.hotline.web.complaint.InstitutionNames;
import org.hotline.web.faces.EServiceChoices;
import org.hotline.web.faces.Formats;
import org.hotline.web.faces.Messages;
import org.hotline.web.i18n.LocaleBacking;

/**
 * The supervisors' reports for a period of Baghdad days (the last seven by default): the calls by hour, day, queue,
 * topic or agent, with N of "answered within N seconds" (a chart of answered and abandoned calls and the table of
 * every figure, and by hour or day a line of the service level and abandon rate); the tickets by type, e-service or
 * institution, with both SLAs and the time from call to resolution; the agents; the callers' satisfaction by agent,
 * queue, topic or e-service; the complaint totals. Every table
 * exports as CSV and Excel through the API, and the last day of the period as the daily summary (PDF). On request,
 * the headline figures next to those of the period of as many days before it.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest N of "answered within N seconds", as the call report takes it. */
    private static final int MOST_ANSWER_SECONDS = 600;

    @EJB
    private CallReports reports;

    @EJB
    private TicketReports ticketReports;

    @EJB
    private AgentReports agentReports;

    @EJB
    private ComplaintReports complaintReports;

    @EJB
    private PeriodComparisons comparisons;

    @EJB
    private SatisfactionReports satisfactionReports;

    @Inject
    private LocaleBacking locale;

    @Inject
    private Formats formats;

    @Inject
    private EServiceChoices eServiceChoices;

    @Inject
    private InstitutionNames institutionNames;

    private LocalDate to = ZonedDateTime.now(BusinessTime.ZONE).toLocalDate();
    private LocalDate from = to.minusDays(6);
    private CallGrouping by = CallGrouping.DAY;
    private int answerSeconds = CallMetrics.DEFAULT_ANSWER_SECONDS;
    private CallReport report;
    private TicketGrouping ticketsBy = TicketGrouping.TYPE;
    private TicketReport ticketReport;
    private AgentReport agentReport;
    private SatisfactionGrouping satisfactionBy = SatisfactionGrouping.AGENT;
    private SatisfactionReport satisfactionReport;
    private ComplaintTotals complaintTotals;
    private boolean compare;
    private PeriodComparison comparison;

    /**
     * The reports of the period in the page's address (its parameters, or the last seven days): a bookmark, a
     * refresh or a switch of language shows the same period.
     */
    public void show() {
        if (from == null || to == null) {
            Messages.error(from == null ? "period:from" : "period:to", "report.dateRequired");
            return;
        }
        if (answerSeconds < 1 || answerSeconds > MOST_ANSWER_SECONDS) { // from the address: the form's box checks it
            Messages.error("period:answerSeconds", "report.answerSecondsRequired");
            return;
        }
        try {
            report = reports.calls(from, to, by, answerSeconds);
            ticketReport = ticketReports.tickets(from, to, ticketsBy);
            agentReport = agentReports.agents(from, to);
            satisfactionReport = satisfactionReports.satisfaction(from, to, satisfactionBy);
            complaintTotals = complaintReports.totals(from, to);
            comparison = compare ? comparisons.compare(from, to, answerSeconds) : null;
        } catch (BusinessException refused) {
            report = null;
            ticketReport = null;
            agentReport = null;
            satisfactionReport = null;
            complaintTotals = null;
            comparison = null;
            Messages.error("period:to", refused.messageKey());
        }
    }

    /** The form's choices go into the page's address (Post/Redirect/Get), which {@link #show} then reads. */
    public String apply() {
        return "/supervisor/reports.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A comparison's change as read: "+12%", "−8 pts", or a dash when there is none to give. The signed number is
     * isolated left to right, so that its sign stays before it in an Arabic or Kurdish sentence.
     */
    public String change(PeriodComparison.Measure measure) {
        Double change = measure.change();
        if (change == null) {
            return "—";
        }
        long rounded = Math.round(change);
        String signed = (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + Math.abs(rounded);
        return measure.kind() == PeriodComparison.Kind.FRACTION
                ? Messages.text("report.compare.points", Formats.leftToRight(signed))
                : Formats.leftToRight(signed + "%");
    }

    /** A period of days as a heading reads it: one day, or its first and last, each kept left to right. */
    public String days(LocalDate first, LocalDate last) {
        return first.equals(last)
                ? Formats.leftToRight(first)
                : Formats.leftToRight(first) + " – " + Formats.leftToRight(last);
    }

    /** A compared figure in its kind's form: a count, a percent, or seconds to a tenth. */
    public String figure(PeriodComparison.Measure measure, Double value) {
        if (value == null) {
            return "—";
        }
        return switch (measure.kind()) {
            case COUNT -> formats.number(Math.round(value));
            case FRACTION -> Formats.percent(value);
            case SECONDS -> "callToResolution".equals(measure.name()) ? Formats.hours(value) : Formats.decimal(value);
        };
    }

    /** Chart.js's configuration of the bar chart: answered and abandoned calls stacked, per row of the report. */
    public String getChart() {
        if (report == null) {
            return "{}";
        }
        return Charts.stackedBars(
                report.rows().stream().map(row -> label(row.key())).toList(),
                List.of(
                        new Charts.Series(
                                Messages.text("report.answered"),
                                "#2e7d32",
                                report.rows().stream()
                                        .map(CallFigures::answered)
                                        .toList()),
                        new Charts.Series(
                                Messages.text("report.abandoned"),
                                "#c62828",
                                report.rows().stream()
                                        .map(CallFigures::abandoned)
                                        .toList())),
                locale.isRightToLeft());
    }

    /** By hour or day, the line chart: the service level and the abandon rate, in percent, along the period. */
    public String getLineChart() {
        if (report == null || !isAlongTime()) {
            return "{}";
        }
        return Charts.lines(
                report.rows().stream().map(row -> label(row.key())).toList(),
                List.of(
                        new Charts.Series(
                                Messages.text("report.serviceLevel"),
                                "#1565c0",
                                report.rows().stream()
                                        .map(row -> Math.round(row.serviceLevel() * 1000) / 10.0)
                                        .toList()),
                        new Charts.Series(
                                Messages.text("report.abandonRate"),
                                "#c62828",
                                report.rows().stream()
                                        .map(row -> Math.round(row.abandonRate() * 1000) / 10.0)
                                        .toList())),
                true,
                locale.isRightToLeft());
    }

    /** Whether the call report runs along time (by hour or by day), where a line reads best. */
    public boolean isAlongTime() {
        return report != null && (report.by() == CallGrouping.HOUR || report.by() == CallGrouping.DAY);
    }

    /** A pause reason as the console names it, as the exports name it. */
    public String pauseReason(String reason) {
        return new ReportTables(locale.getLocale()).pauseReason(reason);
    }

    public PeriodComparison getComparison() {
        return comparison;
    }

    public boolean isCompare() {
        return compare;
    }

    public void setCompare(boolean compare) {
        this.compare = compare;
    }

    public AgentReport getAgentReport() {
        return agentReport;
    }

    public SatisfactionReport getSatisfactionReport() {
        return satisfactionReport;
    }

    public SatisfactionGrouping[] getSatisfactionGroupings() {
        return SatisfactionGrouping.values();
    }

    public SatisfactionGrouping getSatisfactionBy() {
        return satisfactionBy;
    }

    public void setSatisfactionBy(SatisfactionGrouping satisfactionBy) {
        this.satisfactionBy = satisfactionBy;
    }

    /** A satisfaction row's key as shown: an e-service by its name in the user's language, the others as they are. */
    public String satisfactionLabel(String key) {
        if (key == null || key.isBlank()) {
            return Messages.text("report.none");
        }
        return satisfactionBy == SatisfactionGrouping.E_SERVICE ? eServiceChoices.label(key) : key;
    }

    public ComplaintTotals getComplaintTotals() {
        return complaintTotals;
    }

    /** A row's key as shown: calls without a queue, topic or agent are "none". */
    public String label(String key) {
        return key == null || key.isBlank() ? Messages.text("report.none") : key;
    }

    /** A ticket row's key in the user's language: the type's name, the e-service's or the institution's. */
    public String ticketLabel(String key) {
        if (key == null || key.isBlank()) {
            return Messages.text("report.none");
        }
        return switch (ticketsBy) {
            case TYPE -> Messages.text("type." + key);
            case E_SERVICE -> eServiceChoices.label(key);
            case INSTITUTION -> institutionNames.of(key);
        };
    }

    public CallReport getReport() {
        return report;
    }

    public TicketReport getTicketReport() {
        return ticketReport;
    }

    public TicketGrouping[] getTicketGroupings() {
        return TicketGrouping.values();
    }

    public TicketGrouping getTicketsBy() {
        return ticketsBy;
    }

    public void setTicketsBy(TicketGrouping ticketsBy) {
        this.ticketsBy = ticketsBy;
    }

    public CallGrouping[] getGroupings() {
        return CallGrouping.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public CallGrouping getBy() {
        return by;
    }

    public void setBy(CallGrouping by) {
        this.by = by;
    }

    public int getAnswerSeconds() {
        return answerSeconds;
    }

    public void setAnswerSeconds(int answerSeconds) {
        this.answerSeconds = answerSeconds;
    }
}
