/**
 * The business calendar: opening hours (09:00–24:00 Asia/Baghdad every day by default) and holidays, and the
 * arithmetic of business time that every SLA clock counts in.
 */
package org.hotline.calendar;
