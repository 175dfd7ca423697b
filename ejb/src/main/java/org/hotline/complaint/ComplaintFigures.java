package org.hotline.complaint;

import java.io.Serializable;

/**
 * One row of the officers' complaint report: the complaints received within the period, and of them how many are
 * still open and how each ended (see {@link ComplaintReports#OUTCOME}).
 */
public record ComplaintFigures(
        String key, long received, long open, long substantiated, long unsubstantiated, long dismissed)
        implements Serializable {}
