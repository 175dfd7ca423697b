package org.hotline.pbx;

import java.util.List;

/**
 * The supervisors' live view of queues and agents (the same picture is pushed to them on every change, see
 * {@link LivePushes}), the queues' figures on an agent's home, and the telephony metrics for monitoring.
 */
public interface LiveBoard {

    /** The whole picture. Supervisors. */
    LiveView view();

    /**
     * The queues alone (callers waiting, the longest wait, agents signed in and free): what an agent's home shows.
     * Agents and supervisors.
     */
    List<LiveView.QueueLine> queues();

    /** The hotline's queues as configured, in their order: the names the live view's page has words for. Supervisors. */
    List<String> queueNames();

    /**
     * The PBX link, the call-event backlog, callers waiting and the longest wait per queue, and agents per state, in
     * Prometheus' text format (version 0.0.4). Supervisors and administrators.
     */
    String metrics();
}
