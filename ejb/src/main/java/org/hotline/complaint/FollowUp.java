package org.hotline.complaint;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.ticket.TicketStatus;

/**
 * What a complainant sees with the receipt: how it goes, the officers' questions with their answers, the conversation
 * with the officers in time order ({@code thread}: never naming an officer), and the evidence given so far (names, not
 * content). {@code REFUSED} does not say whether the number exists, is a complaint or only
 * the PIN is wrong; {@code WAIT} says to try again after {@code retryAfter} (too many wrong PINs for this number, or from
 * this client), and is answered before any PIN is checked. After a refusal, {@code retryAfter} is how long the next try for
 * the number must wait (often zero). {@code grant} lets the same person answer and add evidence for a while without
 * typing the PIN again (see {@link FollowUpGrants}).
 */
public record FollowUp(
        Outcome outcome,
        String number,
        TicketStatus status,
        CaseState caseState,
        Instant filedAt,
        List<QuestionView> questions,
        List<EvidenceView> evidence,
        List<ThreadEntry> thread,
        String grant,
        Duration retryAfter)
        implements Serializable {

    /** Shown, refused (number or PIN), or to be tried again later. */
    public enum Outcome {
        SHOWN,
        REFUSED,
        WAIT
    }

    /** Whether the case still takes answers and evidence. */
    public boolean open() {
        return caseState != null && !caseState.isClosed();
    }

    /**
     * Whether an officers' question awaits the complainant's answer (the case still open): the follow-up page says so
     * at its top, and the IVR after the receipt PIN. Nothing tells it before the PIN.
     */
    public boolean questionWaiting() {
        return open() && questions.stream().anyMatch(question -> question.answer() == null);
    }

    /** Whole seconds to wait, rounded up, as a Retry-After header or a message says them (at least 1 when waiting). */
    public long waitSeconds() {
        if (retryAfter == null || retryAfter.isZero() || retryAfter.isNegative()) {
            return 0;
        }
        return retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    }

    static FollowUp refused(Duration nextWait) {
        return new FollowUp(Outcome.REFUSED, null, null, null, null, List.of(), List.of(), List.of(), null, nextWait);
    }

    static FollowUp waitFor(Duration wait) {
        return new FollowUp(Outcome.WAIT, null, null, null, null, List.of(), List.of(), List.of(), null, wait);
    }
}
