package org.hotline.complaint;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What supervisors may know of complaints about staff over a period: how many were received, and how many of those are
 * still open or closed. Nothing more: no institution, allegation or outcome, no breakdown that could point to a case;
 * the same as the complaint tickets themselves show them.
 */
public record ComplaintTotals(LocalDate from, LocalDate to, long received, long open, long closed)
        implements Serializable {}
