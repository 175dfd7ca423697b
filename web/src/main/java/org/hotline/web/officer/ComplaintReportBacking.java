package org.hotline.web.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.common.BusinessTime;
import org.hotline.complaint.ComplaintGrouping;
import org.hotline.complaint.ComplaintReport;
import org.hotline.complaint.ComplaintReports;
import org.hotline.web.complaint.InstitutionNames;
import org.hotline.web.faces.Messages;
import org.hotline.web.i18n.LocaleBacking;
import org.hotline.web.report.Charts;

/**
 * The officers' complaint report over a period (the last 90 days at first): counts by institution, allegation or
 * outcome, the time cases spend in each state, and the trend of the institutions most complained about as a line
 * chart. Reading is audited (the rows name institutions), as is every export.
 */
@Named
@ViewScoped
public class ComplaintReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLOURS =
            List.of("#37474f", "#c62828", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a");

    @EJB
    private ComplaintReports reports;

    @Inject
    private InstitutionNames institutionNames;

    @Inject
    private LocaleBacking locale;

    private LocalDate to = LocalDate.now(BusinessTime.ZONE);
    private LocalDate from = to.minusDays(89);
    private ComplaintGrouping by = ComplaintGrouping.INSTITUTION;
    private ComplaintReport report;

    public void show() {
        if (from == null || to == null) {
            Messages.error(from == null ? "period:from" : "period:to", "report.dateRequired");
            return;
        }
        try {
            report = reports.complaints(from, to, by);
        } catch (BusinessException refused) {
            report = null;
            Messages.error("period:to", refused.messageKey());
        }
    }

    /** A row's key in the reader's language: the institution's name, the allegation's or the outcome's. */
    /** The form's choices go into the page's address (Post/Redirect/Get): a language switch keeps the period. */
    public String apply() {
        return "/officer/reports.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public String label(String key) {
        if (key == null || key.isBlank()) {
            return Messages.text("report.none");
        }
        if ("*".equals(key)) {
            return Messages.text("complaintReport.all");
        }
        return switch (by) {
            case INSTITUTION -> institutionNames.of(key);
            case ALLEGATION -> Messages.textOr("allegation." + key, key);
            case OUTCOME -> Messages.textOr("complaintReport.outcome." + key, key);
        };
    }

    /** The trend as a line a series: all complaints, then each institution most complained about. */
    public String getTrendChart() {
        if (report == null) {
            return "{}";
        }
        List<ComplaintReport.Series> series = report.trend().series();
        return Charts.lines(
                report.trend().buckets(),
                java.util.stream.IntStream.range(0, series.size())
                        .mapToObj(i -> new Charts.Series(
                                "*".equals(series.get(i).institution())
                                        ? Messages.text("complaintReport.all")
                                        : institutionNames.of(series.get(i).institution()),
                                COLOURS.get(i % COLOURS.size()),
                                series.get(i).counts()))
                        .toList(),
                false,
                locale.isRightToLeft());
    }

    public ComplaintReport getReport() {
        return report;
    }

    public ComplaintGrouping[] getGroupings() {
        return ComplaintGrouping.values();
    }

    public ComplaintGrouping getBy() {
        return by;
    }

    public void setBy(ComplaintGrouping by) {
        this.by = by;
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
}
