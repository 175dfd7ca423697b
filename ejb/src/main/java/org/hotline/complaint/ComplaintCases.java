package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hotline.attachment.AttachmentContent;
import org.hotline.audit.AuditTrail;
import org.hotline.common.BusinessTime;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.common.UtcColumns;
import org.hotline.security.AgentNames;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * The officers' complaint desk. Reading a complaint or its evidence is audited; its complainant's identity stays
 * sealed until an officer unseals it with a written reason, which is audited too. An officer of the accused
 * institution never reads the complaint nor finds it in the list (recusal): to them it does not exist, and the refused
 * attempt is audited, apart from a number that is no complaint.
 */
@Stateless
@RolesAllowed(Role.Names.OFFICER)
public class ComplaintCases {

    @Inject
    private IdentitySeal seal;

    /** Long enough to say why: "checking" is not a reason. */
    public static final int REASON_MIN = StatedReason.LEAST;
    /** A page of the case list holds at most this many cases. */
    public static final int LIST_LIMIT = 500;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /**
     * One page of the cases this officer may handle that match the filter, the earliest deadline first (closed cases
     * last), with how many match in all. Complaints about the officer's own institution are neither listed nor
     * counted.
     */
    public CasePage page(@NotNull CaseFilter filter, @Min(0) int first, @Min(1) @Max(LIST_LIMIT) int size) {
        Instant now = clock.instant();
        String own = Recusal.institutionOf(em, officer());
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (own != null) {
            where.append(" and c.institutionCode <> :own");
            parameters.put("own", own);
        }
        if (filter.state() != null) {
            where.append(" and c.caseState = :state");
            parameters.put("state", filter.state());
        }
        if (filter.mine()) {
            where.append(" and c.assignedOfficer = :me");
            parameters.put("me", officer());
        }
        if (filter.overdue()) {
            where.append(" and c.decisionDueAt < :now");
            parameters.put("now", now);
        }
        String institution = org.hotline.catalog.InstitutionCode.canonical(filter.institutionCode());
        if (institution != null && !institution.isEmpty()) {
            where.append(" and c.institutionCode = :institution");
            parameters.put("institution", institution);
        }
        if (filter.allegation() != null) {
            where.append(" and c.allegation = :allegation");
            parameters.put("allegation", filter.allegation());
        }
        if (filter.dueBy() != null) {
            // a decision due on a day is due by its end, stored as the next day's first instant
            where.append(" and c.decisionDueAt <= :dueByEnd");
            parameters.put(
                    "dueByEnd",
                    filter.dueBy().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        }
        var count = em.createQuery("select count(c) from Complaint c" + where, Long.class);
        var query = em.createQuery(
                        "select c, (select count(q) from ComplaintQuestion q where q.complaintId ="
                                + " c.ticketId and q.answer is null) from Complaint c" + where
                                + " order by case when c.decisionDueAt is null then 1 else 0 end, c.decisionDueAt, c.ticketId desc",
                        Object[].class)
                .setFirstResult(first)
                .setMaxResults(size);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        List<CaseSummary> cases = query.getResultStream()
                .map(row -> ((Complaint) row[0]).summary(((Number) row[1]).longValue(), now))
                .toList();
        return new CasePage(cases, count.getSingleResult(), first, size);
    }

    public ComplaintView view(@NotNull TicketNumber number) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        audit.record(officer(), "COMPLAINT_VIEWED", "complaint", number.digits(), null, null);
        return view(ticket, complaint);
    }

    public ComplainantIdentity unseal(@NotNull TicketNumber number, @StatedReason String reason) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        if (complaint.isAnonymous()) {
            throw new NothingToUnseal(number.digits());
        }
        if (!complaint.hasIdentity()) {
            throw new IdentityErased(number.digits());
        }
        audit.record(officer(), "COMPLAINT_UNSEALED", "complaint", number.digits(), reason.strip(), null);
        return complaint.identity(number.digits(), seal);
    }

    /**
     * Moves the case with a decision: the reason (at least ten characters) is kept with the case and in the audit log;
     * a referral also names the reference the integrity body gave. The next decision is due by {@code dueOn} (a
     * Baghdad day, from tomorrow to a year ahead) when given, else within the new state's standard days.
     */
    public ComplaintView move(
            @NotNull TicketNumber number,
            @NotNull CaseState target,
            @StatedReason(max = 2000) String reason,
            @Size(max = 100) String reference,
            LocalDate dueOn) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        Instant now = clock.instant();
        CaseState from = complaint.getCaseState();
        complaint.moveTo(target, reference, now, dueBy(dueOn, now));
        em.createNativeQuery("insert into complaint_decision (complaint_id, at, officer, from_state, to_state, reason,"
                        + " reference) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, ticket.getId())
                .setParameter(2, now)
                .setParameter(3, officer())
                .setParameter(4, from.name())
                .setParameter(5, target.name())
                .setParameter(6, reason.strip())
                .setParameter(7, reference)
                .executeUpdate();
        audit.record(
                officer(),
                "COMPLAINT_MOVED",
                "complaint",
                number.digits(),
                reason.strip(),
                from + " -> " + target + (reference == null ? "" : ", reference " + reference)
                        + (dueOn == null ? "" : ", next decision due " + dueOn));
        return view(ticket, complaint);
    }

    private static Instant dueBy(LocalDate dueOn, Instant now) {
        if (dueOn == null) {
            return null;
        }
        LocalDate today = now.atZone(BusinessTime.ZONE).toLocalDate();
        if (!dueOn.isAfter(today) || dueOn.isAfter(today.plusYears(1))) {
            throw new CaseMoveRefused("a deadline is a day from tomorrow to a year ahead, not " + dueOn);
        }
        return dueOn.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /**
     * Gives the case to an officer, who must hold the officer role and must not belong to the accused institution
     * (recusal: such an officer is never assigned).
     */
    public ComplaintView assign(@NotNull TicketNumber number, @NotBlank String officerUsername) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        List<?> rows = em.createNativeQuery("select u.institution_code, count(r.role) from user_account u"
                        + " left join user_account_role r on r.user_account_id = u.id and r.role = 'OFFICER'"
                        + " where u.username = ?1 and u.enabled = true group by u.id, u.institution_code")
                .setParameter(1, officerUsername)
                .getResultList();
        if (rows.isEmpty() || ((Number) ((Object[]) rows.get(0))[1]).intValue() == 0) {
            throw new CaseMoveRefused(officerUsername + " is not an enabled officer");
        }
        Object institution = ((Object[]) rows.get(0))[0];
        if (Recusal.applies(institution == null ? null : institution.toString(), complaint.getInstitutionCode())) {
            throw new ComplaintRecused(number.digits(), officerUsername);
        }
        complaint.assignTo(officerUsername);
        audit.record(officer(), "COMPLAINT_ASSIGNED", "complaint", number.digits(), null, "to " + officerUsername);
        return view(ticket, complaint);
    }

    /** The officers this case may be given to: enabled, and not of the accused institution. */
    public List<String> assignableOfficers(@NotNull TicketNumber number) {
        Complaint complaint = complaintOf(handled(number));
        List<?> rows = em.createNativeQuery("select u.username, u.institution_code from user_account u"
                        + " join user_account_role r on r.user_account_id = u.id and r.role = 'OFFICER' where u.enabled = true"
                        + " order by u.username")
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .filter(row -> !Recusal.applies((String) row[1], complaint.getInstitutionCode()))
                .map(row -> row[0].toString())
                .toList();
    }

    /**
     * Asks the complainant a question, to be answered in the follow-up with the receipt within {@code daysToAnswer}
     * Baghdad days, with files attached for the complainant (a form to fill; checked by their content, as evidence
     * is). An anonymous complainant is asked the same way: the receipt is how they are reached.
     */
    public QuestionView ask(
            @NotNull TicketNumber number,
            @NotBlank @Size(min = REASON_MIN) String question,
            @Min(1) @Max(60) int daysToAnswer,
            @NotNull List<@NotNull EvidenceFile> files) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        if (complaint.getCaseState().isClosed()) {
            throw new CaseMoveRefused("a closed case asks no more questions");
        }
        Instant now = clock.instant();
        ComplaintQuestion asked = new ComplaintQuestion(ticket.getId(), officer(), question, daysToAnswer, now);
        em.persist(asked);
        em.flush();
        CaseRecords.attach(em, ticket.getId(), files, EvidenceSource.OFFICER, now, asked.getId(), null);
        audit.record(
                officer(),
                "COMPLAINT_QUESTION_ASKED",
                "complaint",
                number.digits(),
                null,
                "question " + asked.getId() + ", answer within " + daysToAnswer + " days"
                        + (files.isEmpty() ? "" : ", " + files.size() + " file(s) attached"));
        return asked.view();
    }

    /**
     * Attaches a file for the complainant to a question already asked (the API sends the question, then its files),
     * while the case is open; audited.
     */
    public ThreadEntry attachToQuestion(@NotNull TicketNumber number, long questionId, @NotNull EvidenceFile file) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        if (complaint.getCaseState().isClosed()) {
            throw new CaseMoveRefused("a closed case takes no more files");
        }
        ComplaintQuestion question = em.find(ComplaintQuestion.class, questionId);
        if (question == null || !question.getComplaintId().equals(ticket.getId())) {
            throw new ComplaintNotFound(number.digits() + "/questions/" + questionId);
        }
        CaseRecords.attach(
                em, ticket.getId(), List.of(file), EvidenceSource.OFFICER, clock.instant(), questionId, null);
        em.flush();
        audit.record(
                officer(),
                "COMPLAINT_QUESTION_FILE_ADDED",
                "complaint",
                number.digits(),
                null,
                "question " + questionId);
        return CaseRecords.thread(em, ticket.getId(), true).stream()
                .filter(entry -> entry.kind() == ThreadEntry.Kind.QUESTION && entry.questionId() == questionId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The conversation with the complainant, in time order, each turn with its files: reading it is audited as
     * reading the complaint is.
     */
    public List<ThreadEntry> conversation(@NotNull TicketNumber number) {
        Ticket ticket = handled(number);
        audit.record(officer(), "COMPLAINT_CONVERSATION_READ", "complaint", number.digits(), null, null);
        return CaseRecords.thread(em, ticket.getId(), true);
    }

    /** The most cases one bulk assignment takes. */
    public static final int BULK_LIMIT = 100;

    /**
     * Gives each of the cases to one officer, each in a transaction of its own, and says which were not given and
     * why: a case about the officer's own institution (recusal) or one the assigning officer may not handle is
     * refused alone, the others are assigned. Each assignment is audited as a single one is.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public BulkAssignment assignAll(
            @NotNull @Size(min = 1, max = BULK_LIMIT) List<@NotNull TicketNumber> numbers,
            @NotBlank String officerUsername) {
        ComplaintCases self = session.getBusinessObject(ComplaintCases.class);
        if (!self.officers().contains(officerUsername)) {
            throw new CaseMoveRefused(officerUsername + " is not an enabled officer");
        }
        List<String> assigned = new java.util.ArrayList<>();
        List<BulkAssignment.Refused> refused = new java.util.ArrayList<>();
        for (TicketNumber number : new java.util.LinkedHashSet<>(numbers)) {
            try {
                self.assign(number, officerUsername);
                assigned.add(number.digits());
            } catch (ComplaintRecused recused) {
                refused.add(new BulkAssignment.Refused(number.digits(), BulkAssignment.Reason.RECUSED));
            } catch (ComplaintNotFound notFound) {
                refused.add(new BulkAssignment.Refused(number.digits(), BulkAssignment.Reason.NOT_FOUND));
            } catch (org.hotline.common.BusinessException other) {
                refused.add(new BulkAssignment.Refused(number.digits(), BulkAssignment.Reason.REFUSED));
            }
        }
        return new BulkAssignment(officerUsername, assigned, refused);
    }

    /** Every enabled officer's username, in order: whom cases may be given to (recusal is checked per case). */
    public List<String> officers() {
        return em.createNativeQuery(
                        "select u.username from user_account u join user_account_role r"
                                + " on r.user_account_id = u.id and r.role = 'OFFICER' where u.enabled = true order by u.username")
                .getResultStream()
                .map(Object::toString)
                .toList();
    }

    /**
     * Writes a note on the case for the other officers who may handle it (never shown to the complainant, agents or
     * supervisors); audited, without its text. A note of nothing visible, or longer than
     * {@link ComplaintNote#MAX_LENGTH} characters as a person counts them, is refused ({@link TextRefused}), never
     * cut.
     */
    public ComplaintView addNote(@NotNull TicketNumber number, @NotBlank String body) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        ComplaintNote note = new ComplaintNote(ticket.getId(), officer(), body, clock.instant());
        em.persist(note);
        em.flush();
        audit.record(officer(), "COMPLAINT_NOTE_ADDED", "complaint", number.digits(), null, "note " + note.getId());
        return view(ticket, complaint);
    }

    /**
     * Puts the case on legal hold (proceedings, a reopened inquiry: the complainant must stay reachable), or releases
     * it, with a written reason; audited. While held, the retention job never anonymises it. A complaint whose
     * identity is already erased can be held (its content is then kept as it is), but nothing brings the identity back.
     */
    public ComplaintView hold(@NotNull TicketNumber number, boolean hold, @StatedReason String reason) {
        Ticket ticket = handled(number);
        Complaint complaint = complaintOf(ticket);
        complaint.hold(hold, officer(), reason.strip(), clock.instant());
        audit.record(
                officer(),
                hold ? "COMPLAINT_HELD" : "COMPLAINT_HOLD_RELEASED",
                "complaint",
                number.digits(),
                reason.strip(),
                null);
        return view(ticket, complaint);
    }

    /** A piece of evidence to read: every reading is audited. */
    public AttachmentContent evidence(@NotNull TicketNumber number, long evidenceId) {
        Ticket ticket = handled(number);
        ComplaintEvidence evidence = em.find(ComplaintEvidence.class, evidenceId);
        if (evidence == null || !evidence.getComplaintId().equals(ticket.getId())) {
            throw new ComplaintNotFound(number.digits() + "/evidence/" + evidenceId);
        }
        audit.record(
                officer(),
                "COMPLAINT_EVIDENCE_READ",
                "complaint",
                number.digits(),
                null,
                "evidence " + evidenceId + " sha256 " + evidence.getFile().getSha256());
        return evidence.getFile().download();
    }

    /**
     * The complaints taken on this call that this officer may handle: never one about the officer's own institution
     * (recusal). The recordings' player asks, so that an officer hears a call only through a case they may read; it
     * audits a refused play itself.
     */
    public List<TicketNumber> takenOnCall(@NotBlank String linkedid) {
        String own = Recusal.institutionOf(em, officer());
        return em.createQuery(
                        "select c from Complaint c where c.callLinkedid = :call order by c.ticketId", Complaint.class)
                .setParameter("call", linkedid)
                .getResultStream()
                .filter(complaint -> !Recusal.applies(own, complaint.getInstitutionCode()))
                .map(complaint -> TicketNumber.forSequence(complaint.getTicketId()))
                .toList();
    }

    private ComplaintView view(Ticket ticket, Complaint complaint) {
        return complaint.view(
                ticket,
                clock.instant(),
                call(complaint.getCallLinkedid()),
                CaseRecords.evidence(em, ticket.getId()),
                decisions(ticket.getId()),
                CaseRecords.questions(em, ticket.getId()),
                notes(ticket.getId()),
                CaseRecords.thread(em, ticket.getId(), true));
    }

    private List<NoteView> notes(long complaintId) {
        return em.createQuery(
                        "select n from ComplaintNote n where n.complaintId = :complaint"
                                + " order by n.writtenAt, n.id",
                        ComplaintNote.class)
                .setParameter("complaint", complaintId)
                .getResultStream()
                .map(ComplaintNote::view)
                .toList();
    }

    private List<DecisionView> decisions(long complaintId) {
        List<?> rows = em.createNativeQuery("select at, officer, from_state, to_state, reason, reference"
                        + " from complaint_decision where complaint_id = ?1 order by at, id")
                .setParameter(1, complaintId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new DecisionView(
                        UtcColumns.instant(row[0]),
                        (String) row[1],
                        CaseState.valueOf((String) row[2]),
                        CaseState.valueOf((String) row[3]),
                        (String) row[4],
                        (String) row[5]))
                .toList();
    }

    private CallView call(String linkedid) {
        if (linkedid == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("select c.entered_at, " + AgentNames.nameSql("c.agent", "c.agent_key")
                        + ", c.talk_seconds, c.disposition, c.recording from call_record c where c.linkedid = ?1")
                .setParameter(1, linkedid)
                .getResultList();
        if (rows.isEmpty()) {
            return new CallView(linkedid, null, null, null, null, null); // the call log has not caught up
        }
        Object[] row = (Object[]) rows.get(0);
        return new CallView(
                linkedid,
                UtcColumns.instant(row[0]),
                (String) row[1],
                row[2] == null ? null : ((Number) row[2]).intValue(),
                (String) row[3],
                (String) row[4]);
    }

    /**
     * The complaint's ticket, when the officer may handle it. A complaint about the officer's own institution answers
     * exactly as a number that is no complaint: the same refusal, after the same reads and the same audit write (each
     * in its own transaction, so that it survives the refusal), so that neither the answer nor its time tells an
     * officer which numbers are complaints about their institution. Only the audit log tells the two apart.
     */
    private Ticket handled(TicketNumber number) {
        Ticket ticket = em.find(Ticket.class, number.sequence());
        Complaint complaint = em.find(Complaint.class, number.sequence());
        String own = Recusal.institutionOf(em, officer());
        boolean exists = ticket != null && ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF && complaint != null;
        boolean recused = exists && Recusal.applies(own, complaint.getInstitutionCode());
        if (!exists || recused) {
            audit.recordAlone(
                    officer(),
                    recused ? "COMPLAINT_RECUSED" : "COMPLAINT_NOT_FOUND",
                    "complaint",
                    number.digits(),
                    null,
                    recused ? "the officer belongs to " + own : null);
            throw new ComplaintNotFound(number.digits());
        }
        return ticket;
    }

    /** The complaint part of a ticket {@link #handled} let through (already in the persistence context). */
    private Complaint complaintOf(Ticket ticket) {
        return em.find(Complaint.class, ticket.getId());
    }

    private String officer() {
        return session.getCallerPrincipal().getName();
    }
}
