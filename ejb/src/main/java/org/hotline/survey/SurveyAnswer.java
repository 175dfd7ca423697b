package org.hotline.survey;

import java.io.Serializable;
import java.time.Instant;

/**
 * A call's survey as the call, its ticket and the API show it: when the caller was asked and in which language, the
 * rating (1 to 5; null when the caller hung up before giving one) and whether the problem was solved (null when not
 * answered).
 */
public record SurveyAnswer(Instant offeredAt, String language, Integer rating, Boolean solved)
        implements Serializable {}
