package org.hotline.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.hotline.common.BusinessException;
import org.hotline.common.BusinessTime;
import org.hotline.report.CallFigures;
import org.hotline.report.CallGrouping;
import org.hotline.report.CallMetrics;
import org.hotline.report.CallReport;
import org.hotline.report.CallReports;
import org.hotline.report.TicketGrouping;
import org.hotline.report.TicketReport;
import org.hotline.report.TicketReports;
import org.hotline.web.complaint.InstitutionNames;
import org.hotline.web.faces.EServiceChoices;
import org.hotline.web.faces.Messages;

/**
 * The supervisors' reports for a period of Baghdad days (the last seven by default): the calls by hour, day, queue,
 * topic or agent, with N of "answered within N seconds" (a chart of answered and abandoned calls and the table of
 * every figure); the tickets by type, e-service or institution. Both export as CSV through the API.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CallReports reports;

    @EJB
    private TicketReports ticketReports;

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

    public void show() {
        if (from == null || to == null) {
            Messages.error(from == null ? "period:from" : "period:to", "report.dateRequired");
            return;
        }
        try {
            report = reports.calls(from, to, by, answerSeconds);
            ticketReport = ticketReports.tickets(from, to, ticketsBy);
        } catch (BusinessException refused) {
            report = null;
            ticketReport = null;
            Messages.error("period:to", refused.messageKey());
        }
    }

    /** Chart.js's configuration of the chart: answered and abandoned calls stacked, per row of the report. */
    public String getChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder answered = Json.createArrayBuilder();
        JsonArrayBuilder abandoned = Json.createArrayBuilder();
        for (CallFigures row : report.rows()) {
            labels.add(label(row.key()));
            answered.add(row.answered());
            abandoned.add(row.abandoned());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("report.answered"))
                                .add("data", answered).add("backgroundColor", "#2e7d32"))
                        .add(Json.createObjectBuilder().add("label", Messages.text("report.abandoned"))
                                .add("data", abandoned).add("backgroundColor", "#c62828"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("scales",
                        Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
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

    /** A fraction as a whole percent, in Latin digits like the rest of the table. */
    public String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
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
