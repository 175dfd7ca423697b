package org.hotline.complaint;

import java.time.Instant;
import java.util.List;
import org.hotline.ticket.TicketStatus;

/**
 * What a complainant sees with the receipt: how it goes, the officers' questions with their answers, and the evidence
 * given so far (names, not content). {@code REFUSED} does not say whether the number exists or only the PIN is wrong;
 * {@code LOCKED} says to wait after repeated wrong PINs. {@code grant} lets the same person answer and add evidence
 * for a while without typing the PIN again (see {@link FollowUpGrants}).
 */
public record FollowUp(Outcome outcome, String number, TicketStatus status, CaseState caseState, Instant filedAt,
        List<QuestionView> questions, List<EvidenceView> evidence, String grant) {

    /** Shown, refused (number or PIN), or locked for a while. */
    public enum Outcome {
        SHOWN, REFUSED, LOCKED
    }

    /** Whether the case still takes answers and evidence. */
    public boolean open() {
        return caseState != null && !caseState.isClosed();
    }

    static FollowUp refused() {
        return new FollowUp(Outcome.REFUSED, null, null, null, null, List.of(), List.of(), null);
    }

    static FollowUp locked() {
        return new FollowUp(Outcome.LOCKED, null, null, null, null, List.of(), List.of(), null);
    }
}
