package org.hotline.complaint;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import org.hotline.common.AnalyzerNames;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;

/**
 * The confidential part of a complaint ticket: only the complaint desk reads it, and only officers reach that.
 *
 * <p>Its content has an index of its own, which only {@link ComplaintSearch} reads. The complainant's
 * identity is sealed, encrypted in the database ({@link IdentitySeal}), and is not indexed at all.
 */
@Entity
@Table(name = "complaint")
@Indexed(index = "complaint")
public class Complaint {

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "institution_code", nullable = false, length = 32)
    @KeywordField(name = "institution", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String institutionCode;

    @Column(name = "office", length = 200)
    @FullTextField(analyzer = AnalyzerNames.ARABIC)
    private String office;

    @Column(name = "accused_name", length = 200)
    @FullTextField(analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    private String accusedName;

    @Column(name = "accused_employee_id", length = 64)
    @KeywordField(name = "accusedEmployeeId", normalizer = AnalyzerNames.IDENTIFIER)
    private String accusedEmployeeId;

    @Column(name = "accused_description", length = 1000)
    @FullTextField(analyzer = AnalyzerNames.ARABIC)
    private String accusedDescription;

    @Column(name = "e_service_code", length = 32)
    @KeywordField(name = "eService", aggregable = Aggregable.YES)
    private String eServiceCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "allegation", nullable = false, length = 30)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Allegation allegation;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "place", length = 200)
    @FullTextField(analyzer = AnalyzerNames.ARABIC)
    private String place;

    @Column(name = "narrative", nullable = false, columnDefinition = "TEXT")
    @FullTextField(analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    private String narrative;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    // The complainant's identity, sealed (IdentitySeal): ciphertext only, bound to this complaint and field, under a
    // key that is not in the database. Nothing looks complaints up by it, so no searchable form of it is kept.
    @Column(name = "complainant_name", length = 900)
    private byte[] complainantName;

    @Column(name = "complainant_phone", length = 200)
    private byte[] complainantPhone;

    @Column(name = "complainant_national_id", length = 300)
    private byte[] complainantNationalId;

    /** The id of the key the identity is sealed with, so that a key rotation finds what to re-seal. */
    @Column(name = "identity_key", length = 16)
    private String identityKey;

    @Column(name = "intake", nullable = false, length = 10)
    private String intake;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Column(name = "call_linkedid", length = 64)
    private String callLinkedid;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "case_state", nullable = false, length = 20)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private CaseState caseState = CaseState.RECEIVED;

    @Column(name = "assigned_officer", length = 64)
    private String assignedOfficer;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Instant createdAt;

    @Column(name = "decision_due_at")
    private Instant decisionDueAt;

    @Column(name = "secure_document_number", length = 40)
    private String secureDocumentNumber;

    /** When the retention job erased the complainant's identity (null: it has not). */
    @Column(name = "identity_erased_at")
    private Instant identityErasedAt;

    /** An officer's legal hold: while set, the retention job leaves the identity as it is. */
    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "legal_hold_by", length = 64)
    private String legalHoldBy;

    @Column(name = "legal_hold_at")
    private Instant legalHoldAt;

    @Column(name = "legal_hold_reason", length = 1000)
    private String legalHoldReason;

    /** The complaint's ticket number as search matches it, whole and without its check digit. */
    @KeywordField(name = "number")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO) // a complaint's ticket never changes
    public List<String> getNumberForms() {
        String digits = TicketNumber.forSequence(ticketId).digits();
        return List.of(digits, digits.substring(0, digits.length() - 1));
    }

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Complaint() {
        // for JPA
    }

    Complaint(
            Ticket ticket,
            String institutionCode,
            NewComplaint filed,
            String phoneE164,
            String intake,
            String takenBy,
            Instant now,
            IdentitySeal seal) {
        this(ticket.getId(), institutionCode, filed, phoneE164, intake, takenBy, now, seal);
    }

    /** By the ticket's id: a ticket has its id only once persisted, and the unit tests build complaints without one. */
    Complaint(
            Long ticketId,
            String institutionCode,
            NewComplaint filed,
            String phoneE164,
            String intake,
            String takenBy,
            Instant now,
            IdentitySeal seal) {
        this.ticketId = ticketId;
        this.institutionCode = requireNonNull(institutionCode, "the catalogue's institution code is required");
        this.office = filed.office();
        this.accusedName = filed.accusedName();
        this.accusedEmployeeId = filed.accusedEmployeeId();
        this.accusedDescription = filed.accusedDescription();
        this.eServiceCode = filed.eServiceCode();
        this.allegation = filed.allegation();
        this.occurredOn = filed.occurredOn();
        this.place = filed.place();
        this.narrative = filed.narrative();
        this.anonymous = filed.anonymous();
        if (!filed.anonymous()) {
            this.complainantName = seal.seal(ticketId, IdentitySeal.Field.NAME, filed.complainantName());
            this.complainantPhone = seal.seal(ticketId, IdentitySeal.Field.PHONE, phoneE164);
            this.complainantNationalId =
                    seal.seal(ticketId, IdentitySeal.Field.NATIONAL_ID, filed.complainantNationalId());
            this.identityKey = seal.currentKeyId();
        }
        this.intake = intake;
        this.takenBy = takenBy;
        this.callLinkedid = filed.callLinkedid();
        this.secureDocumentNumber = filed.secureDocumentNumber();
        this.createdAt = now;
        this.decisionDueAt = caseState.decisionDue(now);
    }

    ComplaintView view(
            Ticket ticket,
            Instant now,
            CallView call,
            java.util.List<EvidenceView> evidence,
            java.util.List<DecisionView> decisions,
            java.util.List<QuestionView> questions,
            java.util.List<NoteView> notes,
            java.util.List<ThreadEntry> thread) {
        return new ComplaintView(
                ticket.number().digits(),
                ticket.getStatus(),
                caseState,
                institutionCode,
                office,
                accusedName,
                accusedEmployeeId,
                accusedDescription,
                eServiceCode,
                allegation,
                occurredOn,
                place,
                narrative,
                anonymous,
                hasIdentity(),
                intake,
                secureDocumentNumber,
                assignedOfficer,
                decisionDueAt,
                overdueAt(now),
                createdAt,
                call,
                evidence,
                decisions,
                questions,
                notes,
                thread,
                identityErasedAt,
                legalHold);
    }

    /** The complaint as its complainant may have it, with the identity they gave, for a subject-access export. */
    SubjectComplaint forSubject(ComplainantIdentity identity, List<ThreadEntry> conversation) {
        return new SubjectComplaint(
                identity.number(),
                caseState,
                institutionCode,
                eServiceCode,
                allegation,
                office,
                occurredOn,
                place,
                narrative,
                createdAt,
                intake,
                identity.name(),
                identity.phone(),
                identity.nationalId(),
                conversation);
    }

    /** A named complaint whose identity is still held (not erased by the retention job). */
    boolean hasIdentity() {
        return !anonymous && identityErasedAt == null;
    }

    /**
     * Erases everything that identifies the complainant, after the retention period: the sealed name, phone and
     * national id and their key, and the link to the call it was taken on (the call log keeps the caller's number).
     * The accusation, the narrative, the case and its dates stay, for the statistics and as the case's substance.
     * The ticket's receipt PIN is erased beside it ({@link ComplaintRetention}). Erasing twice changes nothing.
     */
    void eraseIdentity(Instant now) {
        if (legalHold) {
            throw new IllegalStateException("a complaint on legal hold is never anonymised");
        }
        complainantName = null;
        complainantPhone = null;
        complainantNationalId = null;
        identityKey = null;
        callLinkedid = null;
        if (identityErasedAt == null) {
            identityErasedAt = now;
        }
    }

    /** Holds the case back from anonymisation (legal proceedings), or releases it, as an officer decided. */
    void hold(boolean hold, String officer, String reason, Instant now) {
        legalHold = hold;
        legalHoldBy = officer;
        legalHoldAt = now;
        legalHoldReason = reason;
    }

    boolean isOnLegalHold() {
        return legalHold;
    }

    Instant getIdentityErasedAt() {
        return identityErasedAt;
    }

    CaseSummary summary(long openQuestions, Instant now) {
        return new CaseSummary(
                org.hotline.ticket.TicketNumber.forSequence(ticketId).digits(),
                allegation,
                institutionCode,
                caseState,
                assignedOfficer,
                decisionDueAt,
                overdueAt(now),
                openQuestions,
                createdAt);
    }

    boolean overdueAt(Instant now) {
        return decisionDueAt != null && decisionDueAt.isBefore(now);
    }

    ComplainantIdentity identity(String number, IdentitySeal seal) {
        return new ComplainantIdentity(
                number,
                seal.open(ticketId, IdentitySeal.Field.NAME, complainantName),
                seal.open(ticketId, IdentitySeal.Field.PHONE, complainantPhone),
                seal.open(ticketId, IdentitySeal.Field.NATIONAL_ID, complainantNationalId));
    }

    /** Seals the identity again under the current key (after a rotation), from whichever listed key sealed it. */
    void resealIdentity(IdentitySeal seal) {
        String name = seal.open(ticketId, IdentitySeal.Field.NAME, complainantName);
        String phone = seal.open(ticketId, IdentitySeal.Field.PHONE, complainantPhone);
        String nationalId = seal.open(ticketId, IdentitySeal.Field.NATIONAL_ID, complainantNationalId);
        complainantName = seal.seal(ticketId, IdentitySeal.Field.NAME, name);
        complainantPhone = seal.seal(ticketId, IdentitySeal.Field.PHONE, phone);
        complainantNationalId = seal.seal(ticketId, IdentitySeal.Field.NATIONAL_ID, nationalId);
        identityKey = seal.currentKeyId();
    }

    /**
     * Moves the case, as an officer decided; the caller records the decision and its reason. The next decision is due
     * by the officer's date when given, else within the new state's standard days.
     */
    void moveTo(CaseState target, String reference, Instant now, Instant dueBy) {
        if (!caseState.canMoveTo(target)) {
            throw new CaseMoveRefused(
                    "a case " + caseState + " cannot move to " + target + "; it can move to " + caseState.next());
        }
        if (target == CaseState.REFERRED && (reference == null || reference.isBlank())) {
            throw new CaseMoveRefused("a referral names the integrity body's reference");
        }
        caseState = target;
        decisionDueAt = dueBy != null && !target.isClosed() ? dueBy : target.decisionDue(now);
    }

    void assignTo(String officer) {
        assignedOfficer = officer;
    }

    CaseState getCaseState() {
        return caseState;
    }

    String getCallLinkedid() {
        return callLinkedid;
    }

    String getTakenBy() {
        return takenBy;
    }

    Long getTicketId() {
        return ticketId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public boolean isAnonymous() {
        return anonymous;
    }
}
