package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One turn of the conversation between the officers and the complainant, in time order: an officer's question (with
 * the day an answer is due), the complainant's answer to it, or a message the complainant wrote of their own, each with
 * the files attached to it. {@code officer} names who asked for the officers only; the complainant's copy never names
 * an officer (the page says "the officer").
 */
public record ThreadEntry(
        Kind kind,
        Instant at,
        String text,
        long questionId,
        Instant answerDueAt,
        boolean answered,
        String officer,
        List<EvidenceView> files)
        implements Serializable {

    /** Who wrote the turn, and how. */
    public enum Kind {
        QUESTION,
        ANSWER,
        MESSAGE;

        public boolean byOfficer() {
            return this == QUESTION;
        }
    }

    /** The same turn without the officer's name, as the complainant reads it. */
    ThreadEntry anonymised() {
        return new ThreadEntry(kind, at, text, questionId, answerDueAt, answered, null, files);
    }
}
