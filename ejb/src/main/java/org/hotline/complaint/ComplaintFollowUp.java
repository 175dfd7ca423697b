package org.hotline.complaint;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.attachment.AttachmentContent;
import org.hotline.audit.AuditTrail;
import org.hotline.cluster.PrimaryRole;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * A complainant follows the complaint up with the receipt, without an account, on the web, the API or by phone (the
 * IVR): the case's state and the officers' questions; on the web and the API they also answer the questions, write
 * messages of their own, attach files (kept as evidence is) and download the files the officers attached for them.
 *
 * <p>To a guesser every well-formed number behaves alike, whether a complaint, an ordinary ticket (which has no PIN)
 * or nothing has it: the same answer, one slow hash (a dummy one where there is nothing to compare), and the same
 * slowing down. Wrong PINs are counted per number, whichever way they come, with the wrong phone numbers typed on the
 * citizen's status page ({@link SecretTries}): a few are free, then each next try waits, doubling up to a cap, and a
 * try during the wait is refused before any hashing. Nothing ever locks, so a stranger's guesses delay the genuine
 * complainant by at most the cap. Each client (a web address, a caller's number) also has an hourly budget of wrong
 * tries across all numbers. Public, hence {@code @PermitAll}: the receipt is the credential, and after it a
 * short-lived grant (see {@link FollowUpGrants}).
 */
@Stateless
@PermitAll
public class ComplaintFollowUp {

    /** Who answers and adds evidence in the audit log: the receipt holder, never named. */
    private static final String COMPLAINANT = "complainant";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private SecretTries tries;

    @Inject
    private Clock clock;

    /**
     * The follow-up for a receipt, typed by {@code client}: {@code "web:<address>"} or {@code "tel:<caller>"}, whose
     * hourly budget of wrong PINs it uses.
     */
    public FollowUp status(String typedNumber, String pin, @NotNull String client) {
        TicketNumber number;
        try {
            number = TicketNumber.parse(typedNumber == null ? "" : typedNumber);
        } catch (InvalidTicketNumber notANumber) {
            // Told by the check digit alone, which anyone can compute: no number is behind it, nothing to slow down.
            return FollowUp.refused(Duration.ZERO);
        }
        Instant now = clock.instant();
        // Every wait is answered before any hashing: waiting costs the server nothing.
        SecretTries.Attempt attempt = tries.begin(number, client);
        if (!attempt.mustWait().isZero()) {
            return FollowUp.waitFor(attempt.mustWait());
        }
        Ticket ticket = em.find(Ticket.class, number.sequence());
        boolean complaint = ticket != null && ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF;
        if (!ReceiptPin.matches(pin, complaint ? ticket.getReceiptPinHash() : null)) {
            return FollowUp.refused(attempt.wrong());
        }
        attempt.right();
        return shown(ticket, em.find(Complaint.class, ticket.getId()), now);
    }

    /** Forgets numbers quiet for a day, and not waiting: the table holds only what is being tried. */
    @Schedule(hour = "*", minute = "41", persistent = false, info = "follow-up backoff clean-up")
    void forgetQuietNumbers() {
        if (!PrimaryRole.isPrimary()) {
            return; // the primary node cleans up
        }
        Instant now = clock.instant();
        em.createQuery("delete from FollowUpBackoff b where (b.waitUntil is null or b.waitUntil < :now)"
                        + " and (b.lastFailureAt is null or b.lastFailureAt < :quiet)")
                .setParameter("now", now)
                .setParameter("quiet", now.minus(FollowUpBackoff.FORGOTTEN_AFTER))
                .executeUpdate();
    }

    /** The follow-up again, as it stands now, for the holder of a grant. */
    public FollowUp refresh(@NotNull String grant) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        return shown(ticket, em.find(Complaint.class, ticket.getId()), now);
    }

    /**
     * The complainant's answer to an officer's question, with files if need be: once, while the case is open; audited.
     */
    public FollowUp answer(
            @NotNull String grant,
            long questionId,
            @NotNull String answer,
            @NotNull List<@NotNull EvidenceFile> files) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        Complaint complaint = open(ticket);
        ComplaintQuestion question = em.find(ComplaintQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || !question.getComplaintId().equals(ticket.getId())) {
            throw new ComplaintNotFound(ticket.number().digits() + "/questions/" + questionId);
        }
        question.answer(answer, now);
        CaseRecords.attach(em, ticket.getId(), files, EvidenceSource.FOLLOW_UP, now, questionId, null);
        audit.record(
                COMPLAINANT,
                "COMPLAINT_ANSWERED",
                "complaint",
                ticket.number().digits(),
                null,
                "question " + questionId + (files.isEmpty() ? "" : ", " + files.size() + " file(s)"));
        return shown(ticket, complaint, now);
    }

    /**
     * A message the complainant writes of their own (not an answer), with files if need be, while the case is open;
     * audited, without its text.
     */
    public FollowUp write(@NotNull String grant, @NotNull String text, @NotNull List<@NotNull EvidenceFile> files) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        Complaint complaint = open(ticket);
        long written = em.createQuery(
                        "select count(m) from ComplaintMessage m where m.complaintId = :complaint", Long.class)
                .setParameter("complaint", ticket.getId())
                .getSingleResult();
        if (written >= ComplaintMessage.MAX_PER_COMPLAINT) {
            throw new CaseMoveRefused("a case holds at most " + ComplaintMessage.MAX_PER_COMPLAINT + " messages");
        }
        ComplaintMessage message = new ComplaintMessage(ticket.getId(), text, now);
        em.persist(message);
        em.flush();
        CaseRecords.attach(em, ticket.getId(), files, EvidenceSource.FOLLOW_UP, now, null, message.getId());
        audit.record(
                COMPLAINANT,
                "COMPLAINT_MESSAGE_WRITTEN",
                "complaint",
                ticket.number().digits(),
                null,
                "message " + message.getId() + (files.isEmpty() ? "" : ", " + files.size() + " file(s)"));
        return shown(ticket, complaint, now);
    }

    /** More evidence from the complainant, each file checked by its content, while the case is open; audited. */
    public FollowUp addEvidence(@NotNull String grant, @NotNull List<@NotNull EvidenceFile> files) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        Complaint complaint = open(ticket);
        CaseRecords.addEvidence(em, ticket.getId(), files, EvidenceSource.FOLLOW_UP, now);
        audit.record(
                COMPLAINANT,
                "COMPLAINT_EVIDENCE_ADDED",
                "complaint",
                ticket.number().digits(),
                null,
                "by the complainant in the follow-up" + (files.size() == 1 ? "" : ", " + files.size() + " files"));
        return shown(ticket, complaint, now);
    }

    /**
     * A file an officer attached for the complainant, to the holder of the case's grant: only such files, and only
     * this case's (any other number reads as missing); every download is audited. The complainant's own evidence is
     * not given back: whoever holds the receipt later is not told what was handed over.
     */
    public AttachmentContent officerFile(@NotNull String grant, long evidenceId) {
        Ticket ticket = granted(grant, clock.instant());
        ComplaintEvidence file = em.find(ComplaintEvidence.class, evidenceId);
        if (file == null
                || !file.getComplaintId().equals(ticket.getId())
                || file.getAddedBy() != EvidenceSource.OFFICER) {
            throw new ComplaintNotFound(ticket.number().digits() + "/files/" + evidenceId);
        }
        audit.record(
                COMPLAINANT,
                "COMPLAINT_FILE_DOWNLOADED",
                "complaint",
                ticket.number().digits(),
                null,
                "file " + evidenceId + " sha256 " + file.getFile().getSha256());
        return file.getFile().download();
    }

    private Ticket granted(String grant, Instant now) {
        return em.find(
                Ticket.class,
                TicketNumber.parse(FollowUpGrants.SERVER.check(grant, now)).sequence());
    }

    private Complaint open(Ticket ticket) {
        Complaint complaint = em.find(Complaint.class, ticket.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (complaint.getCaseState().isClosed()) {
            throw new CaseMoveRefused("the case is closed");
        }
        return complaint;
    }

    private FollowUp shown(Ticket ticket, Complaint complaint, Instant now) {
        String number = ticket.number().digits();
        return new FollowUp(
                FollowUp.Outcome.SHOWN,
                number,
                ticket.getStatus(),
                complaint.getCaseState(),
                complaint.getCreatedAt(),
                CaseRecords.questions(em, ticket.getId()),
                CaseRecords.evidence(em, ticket.getId()),
                CaseRecords.thread(em, ticket.getId(), false),
                FollowUpGrants.SERVER.issue(number, now),
                Duration.ZERO);
    }
}
