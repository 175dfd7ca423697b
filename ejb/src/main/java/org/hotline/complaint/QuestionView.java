package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;

/** A question to the complainant as both sides see it (officers also see who asked, in the decisions' audit). */
public record QuestionView(
        long id, Instant askedAt, String question, Instant answerDueAt, String answer, Instant answeredAt)
        implements Serializable {}
