package org.hotline.pbx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.citizen.CitizenView;
import org.hotline.ticket.CallerHistory;

/**
 * What the agent's browser shows while the phone rings: the caller's number and name, the citizen it belongs to,
 * their last tickets and the number's last calls, the IVR choices, and how long the caller waited.
 */
public record ScreenPop(
        String linkedid,
        String queue,
        String caller,
        String callerName,
        CitizenView citizen,
        List<CallerHistory.TicketLine> tickets,
        List<CallerHistory.CallLine> calls,
        Map<String, String> ivr,
        long waitedSeconds,
        Instant ringingSince) {}
