package org.hotline.telephony.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.common.Role;
import org.hotline.health.PbxStatus;
import org.hotline.pbx.AgentState;
import org.hotline.pbx.LiveBoard;
import org.hotline.pbx.LiveView;
import org.hotline.telephony.live.Switchboard;
import org.hotline.telephony.live.TelephonySettings;

/**
 * The live board from the switchboard's picture of the PBX, and the telephony metrics for monitoring, in Prometheus'
 * text format, with the call-event figures of {@link PbxStatus}.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class AmiLiveBoard implements LiveBoard {

    @EJB
    private Switchboard switchboard;

    @Inject
    private PbxStatus status;

    @Inject
    private TelephonySettings settings;

    @Override
    public LiveView view() {
        return switchboard.liveView();
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Override
    public List<LiveView.QueueLine> queues() {
        return switchboard.liveView().queues();
    }

    @Override
    public List<String> queueNames() {
        return settings.queues();
    }

    /**
     * The PBX link, the call-event backlog and its age, events written, set aside, held and refused, callers waiting
     * and the longest wait per queue, and agents per state: what a monitoring system scrapes to alert before callers
     * notice.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Override
    public String metrics() {
        PbxStatus.Snapshot pbx = status.now();
        LiveView live = switchboard.liveView();
        StringBuilder out = new StringBuilder();
        metric(out, "hotline_pbx_connected", "gauge", "1 when both AMI connections (events, actions) are logged in.");
        out.append("hotline_pbx_connected ").append(pbx.connected() ? 1 : 0).append('\n');
        metric(
                out,
                "hotline_call_events_backlog",
                "gauge",
                "Call events received from the PBX and not yet written to the call log.");
        out.append("hotline_call_events_backlog ").append(pbx.backlog()).append('\n');
        metric(
                out,
                "hotline_call_events_backlog_age_seconds",
                "gauge",
                "How long the oldest call event not yet written has waited.");
        out.append("hotline_call_events_backlog_age_seconds ")
                .append(String.format(Locale.ROOT, "%.3f", pbx.backlogAgeMillis() / 1000.0))
                .append('\n');
        metric(out, "hotline_call_events_written_total", "counter", "Call events written to the call log.");
        out.append("hotline_call_events_written_total ").append(pbx.written()).append('\n');
        metric(
                out,
                "hotline_call_events_failed_total",
                "counter",
                "Call events set aside: they could not be written while the database answered (each is logged).");
        out.append("hotline_call_events_failed_total ").append(pbx.failures()).append('\n');
        metric(
                out,
                "hotline_call_events_waiting_for_database",
                "gauge",
                "1 while call events are held because the database does not answer.");
        out.append("hotline_call_events_waiting_for_database ")
                .append(pbx.waitingForDatabase() ? 1 : 0)
                .append('\n');
        metric(
                out,
                "hotline_call_events_refused_total",
                "counter",
                "Call events refused because the backlog was full (the call log is then resynchronised).");
        out.append("hotline_call_events_refused_total ").append(pbx.refused()).append('\n');
        metric(out, "hotline_queue_waiting", "gauge", "Callers waiting in the queue.");
        live.queues()
                .forEach(queue -> out.append("hotline_queue_waiting{queue=\"")
                        .append(label(queue.queue()))
                        .append("\"} ")
                        .append(queue.waiting())
                        .append('\n'));
        metric(out, "hotline_queue_longest_wait_seconds", "gauge", "How long the longest-waiting caller has waited.");
        live.queues()
                .forEach(queue -> out.append("hotline_queue_longest_wait_seconds{queue=\"")
                        .append(label(queue.queue()))
                        .append("\"} ")
                        .append(
                                queue.longestWaitingSince() == null
                                        ? 0
                                        : Math.max(
                                                0,
                                                Duration.between(queue.longestWaitingSince(), live.at())
                                                        .toSeconds()))
                        .append('\n'));
        Map<AgentState, Integer> agents = new EnumMap<>(AgentState.class);
        live.agents().forEach(agent -> agents.merge(agent.state(), 1, Integer::sum));
        metric(out, "hotline_agents", "gauge", "Agents' phones in the queues, by state.");
        for (AgentState state : AgentState.values()) {
            out.append("hotline_agents{state=\"")
                    .append(state)
                    .append("\"} ")
                    .append(agents.getOrDefault(state, 0))
                    .append('\n');
        }
        return out.toString();
    }

    private static void metric(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** A label value as the text format wants it: backslash, quote and newline escaped. */
    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
