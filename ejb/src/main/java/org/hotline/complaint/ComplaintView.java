package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hotline.ticket.TicketStatus;

/**
 * A complaint as an officer reads it: the accusation, the case (its state, deadline, assignee, decisions, questions,
 * the conversation with the complainant in time order, and the officers' notes), the evidence and the call it was taken on. The complainant's identity is not in it: {@code
 * identitySealed} says whether there is one to unseal (a named complaint whose identity the retention job has not
 * erased: {@code identityErasedAt} says when it did), and an officer unseals it with a reason. {@code legalHold}: an
 * officer holds the case back from anonymisation.
 */
public record ComplaintView(
        String number,
        TicketStatus status,
        CaseState caseState,
        String institutionCode,
        String office,
        String accusedName,
        String accusedEmployeeId,
        String accusedDescription,
        String eServiceCode,
        Allegation allegation,
        LocalDate occurredOn,
        String place,
        String narrative,
        boolean anonymous,
        boolean identitySealed,
        String intake,
        String secureDocumentNumber,
        String assignedOfficer,
        Instant decisionDueAt,
        boolean overdue,
        Instant createdAt,
        CallView call,
        List<EvidenceView> evidence,
        List<DecisionView> decisions,
        List<QuestionView> questions,
        List<NoteView> notes,
        List<ThreadEntry> thread,
        Instant identityErasedAt,
        boolean legalHold)
        implements Serializable {}
