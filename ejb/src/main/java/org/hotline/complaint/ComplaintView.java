package org.hotline.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.hotline.ticket.TicketStatus;

/**
 * A complaint as an officer reads it. The complainant's identity is not in it: {@code identitySealed} says whether
 * there is one to unseal (a named complaint), and an officer unseals it with a reason.
 */
public record ComplaintView(String number, TicketStatus status, CaseState caseState, String institutionCode,
        String office, String accusedName, String accusedEmployeeId, String accusedDescription, String eServiceCode,
        Allegation allegation, LocalDate occurredOn, String place, String narrative, boolean anonymous,
        boolean identitySealed, String intake, String callLinkedid, String assignedOfficer, Instant createdAt) {
}
