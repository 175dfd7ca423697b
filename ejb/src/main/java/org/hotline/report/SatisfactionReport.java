package org.hotline.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The satisfaction report of a period of Baghdad days (both included): a row per key, with the period's total. */
public record SatisfactionReport(
        LocalDate from,
        LocalDate to,
        SatisfactionGrouping by,
        List<SatisfactionFigures> rows,
        SatisfactionFigures total)
        implements Serializable {}
