package org.hotline.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hotline.audit.AuditTrail;
import org.hotline.common.ExportFormat;
import org.hotline.common.Role;
import org.hotline.complaint.ComplaintReports;

/** The daily summary (see {@link DailySummary}), gathered from the reports as they are for one day; audited. */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DailySummaries {

    @EJB
    private CallReports calls;

    @EJB
    private TicketReports tickets;

    @EJB
    private AgentReports agents;

    @EJB
    private ComplaintReports complaints;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    public DailySummary export(@NotNull LocalDate day, @NotNull ExportFormat format) {
        DailySummary summary = new DailySummary(
                day,
                calls.calls(day, day, CallGrouping.HOUR, CallMetrics.DEFAULT_ANSWER_SECONDS),
                tickets.tickets(day, day, TicketGrouping.TYPE),
                agents.agents(day, day),
                complaints.totals(day, day));
        audit.record(
                session.getCallerPrincipal().getName(),
                "REPORT_EXPORTED",
                "report",
                "daily",
                null,
                format + " daily summary " + day);
        return summary;
    }
}
