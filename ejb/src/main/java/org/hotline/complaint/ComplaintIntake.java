package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.calendar.Calendars;
import org.hotline.call.CallAnswerers;
import org.hotline.call.CallNotAnswered;
import org.hotline.catalog.Institutions;
import org.hotline.citizen.PhoneNumber;
import org.hotline.common.Role;
import org.hotline.common.UnknownReference;
import org.hotline.metrics.Metrics;
import org.hotline.ticket.Channel;
import org.hotline.ticket.ComplaintIsConfidential;
import org.hotline.ticket.SlaTarget;
import org.hotline.ticket.SlaTargets;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * Files a complaint about staff: a ticket with a neutral subject, the confidential complaint part, and a receipt
 * (the ticket number and a random PIN, returned once and kept only as a slow hash), all in one transaction with its
 * audit entry. From then on the agent who took it sees only that the complaint exists.
 */
@Stateless
public class ComplaintIntake {

    @Inject
    private IdentitySeal seal;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    /** By phone: the agent fills it during the call and reads the receipt out to the caller. */
    @RolesAllowed(Role.Names.AGENT)
    public Receipt fileByPhone(@NotNull @Valid NewComplaint complaint, @NotNull List<EvidenceFile> evidence) {
        String agent = session.getCallerPrincipal().getName();
        if (complaint.callLinkedid() != null && !CallAnswerers.answeredBy(em, agent, complaint.callLinkedid())) {
            throw new CallNotAnswered();
        }
        return withEvidence(file(complaint, Channel.PHONE, "phone", agent), evidence, EvidenceSource.PHONE, agent);
    }

    /**
     * On the web, by the citizen, with no account: anonymous or named. Nothing about the filer is kept beyond what
     * they typed (no address: the page's abuse limits are in memory only).
     */
    @PermitAll
    public Receipt fileOnWeb(@NotNull @Valid NewComplaint complaint, @NotNull List<EvidenceFile> evidence) {
        if (complaint.callLinkedid() != null) {
            throw new CallNotAnswered(); // a citizen on the web answered no call
        }
        return withEvidence(file(complaint, Channel.WEB, "web", "web"), evidence, EvidenceSource.WEB, "web");
    }

    /** The evidence that came with the complaint, in the same transaction: a file refused refuses the filing. */
    private Receipt withEvidence(Receipt receipt, List<EvidenceFile> evidence, EvidenceSource source, String actor) {
        if (!evidence.isEmpty()) {
            long complaintId = TicketNumber.parse(receipt.number()).sequence();
            CaseRecords.addEvidence(em, complaintId, evidence, source, clock.instant());
            audit.record(
                    actor,
                    "COMPLAINT_EVIDENCE_ADDED",
                    "complaint",
                    receipt.number(),
                    null,
                    evidence.size() + " file(s) with the complaint");
        }
        return receipt;
    }

    /**
     * Evidence the caller hands over during the call (a photo sent by messaging, a scan), added by the agent who took
     * the complaint, on the day it was taken. It is write-only: the agent still cannot read the complaint.
     */
    @RolesAllowed(Role.Names.AGENT)
    public void addEvidenceByPhone(@NotNull TicketNumber number, @NotNull EvidenceFile file) {
        String agent = session.getCallerPrincipal().getName();
        Ticket ticket = em.find(Ticket.class, number.sequence());
        Complaint complaint = ticket == null ? null : em.find(Complaint.class, ticket.getId());
        Instant now = clock.instant();
        if (complaint == null
                || !agent.equals(complaint.getTakenBy())
                || complaint.getCreatedAt().plus(EVIDENCE_WINDOW).isBefore(now)) {
            throw new ComplaintIsConfidential(number.digits());
        }
        CaseRecords.addEvidence(em, ticket.getId(), List.of(file), EvidenceSource.PHONE, now);
        audit.record(agent, "COMPLAINT_EVIDENCE_ADDED", "complaint", number.digits(), null, "by the taking agent");
    }

    /** How long after taking a complaint its agent may still add the caller's evidence. */
    static final java.time.Duration EVIDENCE_WINDOW = java.time.Duration.ofHours(24);

    /** The institutions a complaint can name, for the public form's list: code and name in the three languages. */
    @PermitAll
    public java.util.List<InstitutionChoice> institutionsForForm() {
        return em.createQuery("select i from Institution i order by i.code", org.hotline.catalog.Institution.class)
                .getResultStream()
                .map(i -> new InstitutionChoice(i.getCode(), i.getName()))
                .toList();
    }

    /** An institution as the form lists it. */
    public record InstitutionChoice(String code, org.hotline.catalog.LocalizedName name) {}

    private Receipt file(NewComplaint complaint, Channel channel, String intake, String takenBy) {
        String institution = Institutions.resolve(em, complaint.institutionCode())
                .orElseThrow(() -> new UnknownReference("institutionCode", complaint.institutionCode()));
        if (complaint.eServiceCode() != null
                && em.createQuery("select count(s) from EService s where s.code = :code", Long.class)
                                .setParameter("code", complaint.eServiceCode().strip())
                                .getSingleResult()
                        == 0) {
            throw new UnknownReference("eServiceCode", complaint.eServiceCode());
        }
        String phone = complaint.anonymous() || complaint.complainantPhone() == null
                ? null
                : PhoneNumber.parse(complaint.complainantPhone()).e164();
        Instant now = clock.instant();
        String pin = ReceiptPin.generate();
        SlaTarget targets = em.find(SlaTarget.class, TicketType.COMPLAINT_ABOUT_STAFF);
        Ticket ticket = Ticket.complaint(
                channel,
                new SlaTargets(targets.firstResponse(), targets.resolution()),
                ReceiptPin.hash(pin),
                takenBy,
                now);
        ticket.refreshSla(calendars.current(), now);
        em.persist(ticket);
        em.flush();
        em.persist(new Complaint(ticket, institution, complaint, phone, intake, takenBy, now, seal));
        String number = ticket.number().digits();
        metrics.ticketCreated(TicketType.COMPLAINT_ABOUT_STAFF.name(), channel.name());
        metrics.complaintFiled(channel.name());
        audit.record(takenBy, "COMPLAINT_FILED", "complaint", number, null, "by " + intake);
        return new Receipt(number, pin);
    }
}
