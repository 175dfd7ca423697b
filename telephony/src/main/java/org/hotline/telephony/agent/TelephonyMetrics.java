package org.hotline.telephony.agent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.hotline.health.PbxStatus;
import org.hotline.metrics.Exposition;
import org.hotline.metrics.MetricSource;
import org.hotline.pbx.AgentState;
import org.hotline.pbx.LiveView;
import org.hotline.telephony.live.Switchboard;

/**
 * The telephony figures for monitoring, from the switchboard's picture of the PBX (in memory) and the call-event
 * figures of {@link PbxStatus}: the AMI link, the call-event backlog, callers waiting and the longest wait and agents
 * signed in, free and paused per queue, agents per state, and today's calls by outcome (the live view's count over
 * today's calls, by the index on their entry time). Part of the application's metrics, and
 * {@code GET /api/v1/telephony/metrics} for supervisors ({@link AmiLiveBoard}).
 *
 * <p>{@code @PermitAll}: the scraper carries no user, and the answer is counts only; the metrics endpoint's token and
 * the API's roles decide who reads them.
 */
@Stateless
@LocalBean
@Local(MetricSource.class)
@PermitAll
public class TelephonyMetrics implements MetricSource {

    @EJB
    private Switchboard switchboard;

    @Inject
    private PbxStatus status;

    @Override
    public String name() {
        return "telephony";
    }

    @Override
    public void writeTo(Exposition out) {
        PbxStatus.Snapshot pbx = status.now();
        LiveView live = switchboard.liveView();
        out.family("hotline_pbx_connected", "gauge", "1 when both AMI connections (events, actions) are logged in.")
                .sample("hotline_pbx_connected", pbx.connected() ? 1 : 0);
        out.family(
                        "hotline_call_events_backlog",
                        "gauge",
                        "Call events received from the PBX and not yet written to the call log.")
                .sample("hotline_call_events_backlog", pbx.backlog());
        out.family(
                        "hotline_call_events_backlog_age_seconds",
                        "gauge",
                        "How long the oldest call event not yet written has waited.")
                .sample("hotline_call_events_backlog_age_seconds", pbx.backlogAgeMillis() / 1000.0);
        out.family("hotline_call_events_written_total", "counter", "Call events written to the call log.")
                .sample("hotline_call_events_written_total", pbx.written());
        out.family(
                        "hotline_call_events_failed_total",
                        "counter",
                        "Call events set aside: they could not be written while the database answered (each is logged).")
                .sample("hotline_call_events_failed_total", pbx.failures());
        out.family(
                        "hotline_call_events_waiting_for_database",
                        "gauge",
                        "1 while call events are held because the database does not answer.")
                .sample("hotline_call_events_waiting_for_database", pbx.waitingForDatabase() ? 1 : 0);
        out.family(
                        "hotline_call_events_refused_total",
                        "counter",
                        "Call events refused because the backlog was full (the call log is then resynchronised).")
                .sample("hotline_call_events_refused_total", pbx.refused());
        out.family("hotline_queue_waiting", "gauge", "Callers waiting in the queue.");
        live.queues().forEach(queue -> out.sample("hotline_queue_waiting", queue.waiting(), "queue", queue.queue()));
        out.family("hotline_queue_longest_wait_seconds", "gauge", "How long the longest-waiting caller has waited.");
        live.queues()
                .forEach(queue -> out.sample(
                        "hotline_queue_longest_wait_seconds",
                        queue.longestWaitingSince() == null
                                ? 0
                                : Math.max(
                                        0,
                                        Duration.between(queue.longestWaitingSince(), live.at())
                                                .toSeconds()),
                        "queue",
                        queue.queue()));
        out.family(
                "hotline_queue_agents",
                "gauge",
                "Agents' phones in the queue: signed in (members), available (free to take a call), paused.");
        live.queues().forEach(queue -> {
            long paused = live.agents().stream()
                    .filter(agent ->
                            agent.state() == AgentState.PAUSED && agent.queues().contains(queue.queue()))
                    .count();
            out.sample("hotline_queue_agents", queue.signedIn(), "queue", queue.queue(), "state", "signed_in");
            out.sample("hotline_queue_agents", queue.available(), "queue", queue.queue(), "state", "available");
            out.sample("hotline_queue_agents", paused, "queue", queue.queue(), "state", "paused");
        });
        Map<AgentState, Integer> agents = new EnumMap<>(AgentState.class);
        live.agents().forEach(agent -> agents.merge(agent.state(), 1, Integer::sum));
        out.family("hotline_agents", "gauge", "Agents' phones in the queues, by state.");
        for (AgentState state : AgentState.values()) {
            out.sample("hotline_agents", agents.getOrDefault(state, 0), "state", state.name());
        }
        out.family(
                "hotline_calls_today",
                "gauge",
                "Calls that entered today (Baghdad's day): offered, answered and abandoned; resets at midnight.");
        out.sample("hotline_calls_today", live.offeredToday(), "outcome", "offered");
        out.sample("hotline_calls_today", live.answeredToday(), "outcome", "answered");
        out.sample("hotline_calls_today", live.abandonedToday(), "outcome", "abandoned");
    }
}
