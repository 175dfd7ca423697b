package org.hotline.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The call report of a period of Baghdad days (both included), broken down one way, with the period's total. */
public record CallReport(
        LocalDate from, LocalDate to, CallGrouping by, int answerSeconds, List<CallFigures> rows, CallFigures total)
        implements Serializable {}
