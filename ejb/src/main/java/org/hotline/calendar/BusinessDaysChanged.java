package org.hotline.calendar;

import java.time.LocalDate;

/**
 * A day of the business calendar became a holiday or stopped being one: every SLA moment computed across that day is
 * to be computed again. Fired inside the change's transaction.
 *
 * @param day the day, in Asia/Baghdad
 */
public record BusinessDaysChanged(LocalDate day) {}
