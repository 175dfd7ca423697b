package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;

/** One decision on a case: who moved it, from where to where, why, and the integrity body's reference if referred. */
public record DecisionView(Instant at, String officer, CaseState from, CaseState to, String reason, String reference)
        implements Serializable {}
