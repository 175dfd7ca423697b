package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the officers' case list: enough to choose what to open, nothing of the content (opening a case is what is
 * audited).
 */
public record CaseSummary(
        String number,
        Allegation allegation,
        String institutionCode,
        CaseState caseState,
        String assignedOfficer,
        Instant decisionDueAt,
        boolean overdue,
        long openQuestions,
        Instant createdAt)
        implements Serializable {}
