package org.hotline.complaint;

import java.time.LocalDate;

/**
 * What an officer narrows the case list to, each part optional: a state, their own cases, overdue ones, one
 * institution (the catalogue's code, in any spelling of it), one allegation, a decision due by a Baghdad day.
 */
public record CaseFilter(
        CaseState state,
        boolean mine,
        boolean overdue,
        String institutionCode,
        Allegation allegation,
        LocalDate dueBy) {}
