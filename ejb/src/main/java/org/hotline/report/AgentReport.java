package org.hotline.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The agent report of a period of Baghdad days (both included): an agent a row, by name, with the period's total.
 * {@code pauseReasons} are the reasons any agent paused for, in order: the columns of pause time.
 */
public record AgentReport(
        LocalDate from, LocalDate to, List<String> pauseReasons, List<AgentFigures> rows, AgentFigures total)
        implements Serializable {}
