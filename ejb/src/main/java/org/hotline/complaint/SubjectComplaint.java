package org.hotline.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint in a citizen's subject-access export: what they filed, the identity they gave (unsealed for the export),
 * the case's state and the conversation with the officers as the complainant sees it when following it up. The
 * officers' notes, decisions and the names of the officers are not the complainant's data and stay out.
 */
public record SubjectComplaint(
        String number,
        CaseState caseState,
        String institutionCode,
        String eServiceCode,
        Allegation allegation,
        String office,
        LocalDate occurredOn,
        String place,
        String narrative,
        Instant filedAt,
        String intake,
        String name,
        String phone,
        String nationalId,
        List<ThreadEntry> conversation) {}
