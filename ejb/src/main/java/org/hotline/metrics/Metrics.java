package org.hotline.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The application's counters, one instance for the whole deployment: the web tier counts requests and refusals, the
 * areas count what they created. Counters start at zero when the server starts, as Prometheus expects of them
 * ({@code rate()} and {@code increase()} see the reset).
 *
 * <p>What an area creates inside a transaction is counted only once that transaction commits
 * ({@link #afterCommit}), so a refused or rolled-back creation never shows.
 */
@ApplicationScoped
public class Metrics {

    /** Request durations' bucket bounds in seconds: pages and the API are expected under a second. */
    static final double[] DURATION_BOUNDS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Counter requests = new Counter(
            "hotline_http_requests_total",
            "HTTP requests answered, by kind of endpoint (page, api, static, push, other), its area (a page's folder,"
                    + " an API resource) and the status class (2xx, 3xx, 4xx, 5xx).",
            "kind",
            "area",
            "status");
    private final Histogram durations = new Histogram(
            "hotline_http_request_duration_seconds",
            "How long requests took to answer, by kind of endpoint and area.",
            DURATION_BOUNDS,
            "kind",
            "area");
    private final Counter refusals = new Counter(
            "hotline_api_problems_total",
            "API requests answered with a problem document, by the refusal (the domain's exception or a validation"
                    + " failure) and its HTTP status.",
            "problem",
            "status");
    private final Counter tickets = new Counter(
            "hotline_tickets_created_total",
            "Tickets created (committed), by type and channel; complaints about staff included.",
            "type",
            "channel");
    private final Counter complaints = new Counter(
            "hotline_complaints_filed_total", "Complaints about staff filed (committed), by channel.", "channel");
    private final Counter slaAlerts = new Counter(
            "hotline_sla_alerts_total",
            "SLA alerts raised for supervisors by the SLA watch, by the state the ticket reached (AT_RISK, BREACHED).",
            "state");
    private final Counter slaWatched = new Counter(
            "hotline_sla_watch_tickets_total",
            "Tickets the SLA watch looked at because one of their clocks was due to change state.");
    private final Histogram slaPasses = new Histogram(
            "hotline_sla_watch_pass_seconds",
            "How long each pass of the SLA watch took; a pass is given at most half the watch's period.",
            DURATION_BOUNDS);

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** One HTTP request answered: the kind and area must come from a closed set. */
    public void request(String kind, String area, int status, double seconds) {
        requests.increment(kind, area, statusClass(status));
        durations.observe(seconds, kind, area);
    }

    public void problem(String problem, int status) {
        refusals.increment(problem, Integer.toString(status));
    }

    public void ticketCreated(String type, String channel) {
        afterCommit(() -> tickets.increment(type, channel));
    }

    public void complaintFiled(String channel) {
        afterCommit(() -> complaints.increment(channel));
    }

    public void slaAlertRaised(String state) {
        afterCommit(() -> slaAlerts.increment(state));
    }

    /** One pass of the SLA watch, which commits batch by batch: counted as done. */
    public void slaWatchPass(int ticketsLookedAt, double seconds) {
        slaWatched.add(ticketsLookedAt);
        slaPasses.observe(seconds);
    }

    /** Every counter, in the text format. */
    public void writeTo(Exposition out) {
        requests.writeTo(out);
        durations.writeTo(out);
        refusals.writeTo(out);
        tickets.writeTo(out);
        complaints.writeTo(out);
        slaAlerts.writeTo(out);
        slaWatched.writeTo(out);
        slaPasses.writeTo(out);
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }

    /** Runs the count when the caller's transaction commits, or now when there is none. */
    private void afterCommit(Runnable count) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            count.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted only after
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }
}
