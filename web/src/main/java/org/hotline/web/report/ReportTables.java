package org.hotline.web.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hotline.complaint.ComplaintFigures;
import org.hotline.complaint.ComplaintReport;
import org.hotline.report.AgentFigures;
import org.hotline.report.AgentReport;
import org.hotline.report.CallFigures;
import org.hotline.report.CallReport;
import org.hotline.report.SatisfactionFigures;
import org.hotline.report.SatisfactionReport;
import org.hotline.report.StaffingForecast;
import org.hotline.report.TicketFigures;
import org.hotline.report.TicketGrouping;
import org.hotline.report.TicketReport;
import org.hotline.web.report.ReportTable.Column;
import org.hotline.web.report.ReportTable.Kind;

/**
 * Every report as the table it is exported as (CSV, Excel, the PDF): one place for the columns, their machine names
 * and their labels ({@code report.col.*} in the reader's language). A row's key stays the code it is (a queue, a type,
 * an institution's code), so that a spreadsheet can join on it; the total is the last row.
 */
public final class ReportTables {

    /** The key of the last row, the total: a code like the other keys. */
    public static final String TOTAL = "total";

    private final ResourceBundle bundle;

    public ReportTables(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.hotline.web.i18n.messages", locale);
    }

    public ReportTable calls(CallReport report) {
        List<Column> columns = List.of(
                key(report.by().name()),
                count("offered"),
                count("answered"),
                count("abandoned"),
                new Column(
                        "answered_within_" + report.answerSeconds() + "s",
                        label("answered_within", report.answerSeconds()),
                        Kind.COUNT),
                fraction("service_level"),
                fraction("abandon_rate"),
                decimal("average_speed_of_answer_s"),
                decimal("average_handle_time_s"),
                count("longest_wait_s"),
                count("after_hours"),
                count("callbacks_requested"),
                count("callbacks_completed"),
                count("calls"),
                count("ended_in_ivr"),
                count("timed_out"));
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(callRow(row.key(), row)));
        rows.add(callRow(TOTAL, report.total()));
        return new ReportTable(text("report.title"), columns, rows, keyNames(rows, null));
    }

    private static List<Object> callRow(String key, CallFigures row) {
        return values(
                key,
                row.offered(),
                row.answered(),
                row.abandoned(),
                row.answeredWithin(),
                row.serviceLevel(),
                row.abandonRate(),
                row.averageSpeedOfAnswer(),
                row.averageHandleTime(),
                row.longestWait(),
                row.afterHours(),
                row.callbacksRequested(),
                row.callbacksCompleted(),
                row.calls(),
                row.endedInIvr(),
                row.timedOut());
    }

    public ReportTable tickets(TicketReport report) {
        List<Column> columns = List.of(
                key(report.by().name()),
                count("created"),
                count("resolved"),
                count("backlog"),
                count("resolved_within_sla"),
                fraction("sla_compliance"),
                count("first_responses"),
                count("first_responses_within_sla"),
                fraction("first_response_compliance"),
                count("resolved_from_calls"),
                count("resolved_from_calls_within_sla"),
                decimal("average_call_to_resolution_s"),
                count("longest_call_to_resolution_s"));
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(ticketRow(row.key(), row)));
        rows.add(ticketRow(TOTAL, report.total()));
        return new ReportTable(
                text("report.tickets"),
                columns,
                rows,
                keyNames(rows, report.by() == TicketGrouping.TYPE ? "type." : null));
    }

    private static List<Object> ticketRow(String key, TicketFigures row) {
        return values(
                key,
                row.created(),
                row.resolved(),
                row.backlog(),
                row.resolvedWithinSla(),
                row.slaCompliance(),
                row.firstResponses(),
                row.firstResponsesWithinSla(),
                row.firstResponseCompliance(),
                row.resolvedFromCalls(),
                row.resolvedFromCallsWithinSla(),
                row.averageCallToResolution(),
                row.longestCallToResolution());
    }

    public ReportTable agents(AgentReport report) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("agent", text("report.by.AGENT"), Kind.TEXT),
                count("calls_handled"),
                count("handle_s"),
                decimal("average_handle_time_s"),
                count("signed_in_s"),
                count("paused_s")));
        // The reason comes from the PBX: its machine name keeps letters and digits only, one column a reason.
        report.pauseReasons()
                .forEach(reason -> columns.add(new Column(
                        "paused_" + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_s",
                        label("paused_for", pauseReason(reason)),
                        Kind.COUNT)));
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(agentRow(row.agent(), row, report.pauseReasons())));
        rows.add(agentRow(TOTAL, report.total(), report.pauseReasons()));
        return new ReportTable(text("report.agents"), columns, rows, keyNames(rows, null));
    }

    private static List<Object> agentRow(String key, AgentFigures row, List<String> reasons) {
        List<Object> values = values(
                key,
                row.callsHandled(),
                row.handleSeconds(),
                row.averageHandleTime(),
                row.signedInSeconds(),
                row.pausedSeconds());
        reasons.forEach(reason -> values.add(row.pausedByReason().getOrDefault(reason, 0L)));
        return values;
    }

    /**
     * The staffing forecast, a half hour a row (its start, Baghdad): the calls forecast, their handle time, the load,
     * the agents needed with the service level and share abandoned they would give, those signed in, and the gap.
     */
    public ReportTable staffing(StaffingForecast forecast) {
        List<Column> columns = List.of(
                new Column("half_hour", text("staffing.col.halfHour"), Kind.TEXT),
                decimal("calls_forecast"),
                decimal("average_handle_time_s"),
                decimal("erlangs"),
                count("agents_needed"),
                fraction("forecast_service_level"),
                fraction("forecast_abandoned"),
                decimal("agents_signed_in"),
                decimal("agents_gap"));
        List<List<Object>> rows = new ArrayList<>();
        forecast.rows()
                .forEach(row -> rows.add(values(
                        row.start(),
                        row.calls(),
                        row.averageHandleTime(),
                        row.erlangs(),
                        row.agentsNeeded(),
                        row.serviceLevel(),
                        row.abandoned(),
                        row.signedIn(),
                        row.gap())));
        return new ReportTable(text("staffing.title"), columns, rows);
    }

    /** The callers' satisfaction by agent, queue, topic or e-service, with the total. */
    public ReportTable satisfaction(SatisfactionReport report) {
        List<Column> columns = List.of(
                key(report.by().name()),
                count("surveys_offered"),
                count("surveys_answered"),
                fraction("response_rate"),
                decimal("average_rating"),
                count("solved_answers"),
                count("solved"),
                fraction("solved_share"));
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(satisfactionRow(row.key(), row)));
        rows.add(satisfactionRow(TOTAL, report.total()));
        return new ReportTable(text("report.satisfaction"), columns, rows, keyNames(rows, null));
    }

    private static List<Object> satisfactionRow(String key, SatisfactionFigures row) {
        return values(
                key,
                row.offered(),
                row.answered(),
                row.responseRate(),
                row.averageRating(),
                row.solvedAnswers(),
                row.solved(),
                row.solvedShare());
    }

    /** The officers' complaint report: the breakdown, the time in each state, and the trend, a table each. */
    public List<ReportTable> complaints(ComplaintReport report) {
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(complaintRow(row.key(), row)));
        rows.add(complaintRow(TOTAL, report.total()));
        ReportTable breakdown = new ReportTable(
                text("complaintReport.title"),
                List.of(
                        key(report.by().name()),
                        count("received"),
                        count("open"),
                        count("substantiated"),
                        count("unsubstantiated"),
                        count("dismissed")),
                rows,
                keyNames(
                        rows,
                        switch (report.by()) {
                            case ALLEGATION -> "allegation.";
                            case OUTCOME -> "complaintReport.outcome.";
                            case INSTITUTION -> null;
                        }));
        List<List<Object>> stateRows = report.states().stream()
                .map(s -> values(s.state().name(), s.complaints(), s.averageHours(), s.longestHours(), s.stillThere()))
                .toList();
        ReportTable states = new ReportTable(
                text("complaintReport.states"),
                List.of(
                        new Column("state", text("report.col.state"), Kind.TEXT),
                        count("complaints"),
                        decimal("average_hours"),
                        decimal("longest_hours"),
                        count("still_there")),
                stateRows,
                keyNames(stateRows, "caseState."));
        List<Column> trendColumns =
                new ArrayList<>(List.of(new Column("institution", text("report.col.institution"), Kind.TEXT)));
        report.trend().buckets().forEach(bucket -> trendColumns.add(new Column(bucket, bucket, Kind.COUNT)));
        ReportTable trend = new ReportTable(
                text("complaintReport.trend"),
                trendColumns,
                report.trend().series().stream()
                        .map(series -> {
                            List<Object> values = new ArrayList<>(List.of(series.institution()));
                            values.addAll(series.counts());
                            return values;
                        })
                        .toList());
        return List.of(breakdown, states, trend);
    }

    private static List<Object> complaintRow(String key, ComplaintFigures row) {
        return values(key, row.received(), row.open(), row.substantiated(), row.unsubstantiated(), row.dismissed());
    }

    /** A pause reason as the agent's console names it; the PBX's own word when the bundles have none. */
    public String pauseReason(String reason) {
        if (reason == null || reason.isEmpty()) {
            return text("report.none");
        }
        String key = "pause." + reason;
        return bundle.containsKey(key) ? bundle.getString(key) : reason;
    }

    /**
     * The names people read for the rows' keys: the total's, and each key the bundles name under {@code prefix}
     * (a ticket type, an allegation); the others (queues, institutions' codes, days) are shown as they are.
     */
    private Map<String, String> keyNames(List<List<Object>> rows, String prefix) {
        Map<String, String> names = new HashMap<>();
        names.put(TOTAL, text("report.totalRow"));
        if (prefix != null) {
            rows.stream()
                    .map(row -> row.get(0))
                    .filter(java.util.Objects::nonNull)
                    .map(Object::toString)
                    .filter(key -> bundle.containsKey(prefix + key))
                    .forEach(key -> names.put(key, bundle.getString(prefix + key)));
        }
        return names;
    }

    private static List<Object> values(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }

    private Column key(String by) {
        return new Column(by.toLowerCase(Locale.ROOT), text("report.col.key." + by), Kind.TEXT);
    }

    private Column count(String id) {
        return new Column(id, label(id), Kind.COUNT);
    }

    private Column decimal(String id) {
        return new Column(id, label(id), Kind.DECIMAL);
    }

    private Column fraction(String id) {
        return new Column(id, label(id), Kind.FRACTION);
    }

    private String label(String id, Object... arguments) {
        String pattern = text("report.col." + id);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
