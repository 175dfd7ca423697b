package org.hotline.web.search;

import java.util.List;
import org.hotline.citizen.CitizenView;
import org.hotline.complaint.ComplaintHit;
import org.hotline.search.Hits;
import org.hotline.search.ServiceHit;
import org.hotline.search.TicketHit;

/**
 * What one search found, part by part: tickets and citizens for agents, supervisors and administrators; the
 * e-services' answers for everyone; complaints for officers only. A part the caller may not search is null, never an
 * empty result that could be read as "nothing there". While search is degraded but its indexes can still be read (their
 * disk full, a write failed, a rebuild under way), the answer is {@code incomplete}, with the trouble's code as
 * {@code degraded}: recent changes, or part of the records, may be missing from it.
 */
public record SearchAnswer(
        Hits<TicketHit> tickets,
        List<CitizenView> citizens,
        List<ServiceHit> services,
        Hits<ComplaintHit> complaints,
        boolean incomplete,
        String degraded) {}
