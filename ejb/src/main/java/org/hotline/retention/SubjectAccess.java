package org.hotline.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.audit.AuditTrail;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.PhoneNumber;
import org.hotline.common.InvalidInput;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.common.UtcColumns;
import org.hotline.complaint.ComplaintRetention;
import org.hotline.ticket.TicketNumber;

/**
 * A citizen's subject-access export: an administrator gives the citizen's phone number or national id (as typed:
 * Arabic-Indic digits, spaces, {@code +964}, {@code 00964} or {@code 0} prefixes are all read) and a written reason,
 * and gets everything held about them ({@link SubjectExport}). Every export is audited with who, when and why.
 *
 * <p>Administrators only: it unseals complaints (the complainant's own), so it is given to the role that already
 * keeps accounts and is not an officer of any institution. An officer (of the accused institution or not), an agent or
 * a supervisor is refused (403) before anything is looked up, the same for a citizen who exists and one who does not:
 * the export cannot be used to learn whether someone complained. An administrator who asks about a number nobody has
 * gets an empty export, audited the same.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SubjectAccess {

    /** Long enough to say why: the request's reference or the citizen's letter. */
    public static final int REASON_MIN = StatedReason.LEAST;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private ComplaintRetention complaints;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    public SubjectExport export(String phone, String nationalId, @StatedReason String reason) {
        boolean noPhone = phone == null || phone.isBlank();
        boolean noNationalId = nationalId == null || nationalId.isBlank();
        if (noPhone && noNationalId) {
            throw new InvalidInput("phone", "a phone number or a national id is required");
        }
        Set<String> phones = new LinkedHashSet<>();
        if (!noPhone) {
            phones.add(PhoneNumber.parse(phone).e164());
        }
        Set<String> nationalIds = new LinkedHashSet<>();
        if (!noNationalId) {
            nationalIds.add(Citizen.normaliseNationalId(nationalId));
        }
        List<SubjectExport.CitizenRecord> citizens = citizens(phones, nationalIds);
        for (SubjectExport.CitizenRecord citizen : citizens) {
            phones.addAll(citizen.phones());
            if (citizen.nationalId() != null) {
                nationalIds.add(citizen.nationalId());
            }
        }
        List<Long> ids = citizens.stream().map(SubjectExport.CitizenRecord::id).toList();
        List<SubjectExport.TicketRecord> tickets = tickets(ids);
        List<SubjectExport.CallRecordView> calls = calls(ids, phones);
        ComplaintRetention.FiledBy filed = complaints.filedBy(phones, nationalIds);
        String admin = session.getCallerPrincipal().getName();
        audit.record(
                admin,
                "SUBJECT_ACCESS_EXPORTED",
                "citizen",
                ids.isEmpty() ? "none" : ids.stream().map(String::valueOf).collect(Collectors.joining(",")),
                reason.strip(),
                "tickets " + tickets.size() + ", calls " + calls.size() + ", complaints "
                        + filed.complaints().size()
                        + (filed.unopened().isEmpty() ? "" : ", identities that did not open " + filed.unopened()));
        return new SubjectExport(
                clock.instant(), admin, reason.strip(), citizens, tickets, calls, filed.complaints(), filed.unopened());
    }

    private List<SubjectExport.CitizenRecord> citizens(Set<String> phones, Set<String> nationalIds) {
        List<?> rows = em.createNativeQuery(
                        "select c.id, c.full_name, c.national_id, c.preferred_language, c.created_at"
                                + " from citizen c where c.id in (select p.citizen_id from citizen_phone p where p.e164 in ?1)"
                                + " or c.national_id in ?2 order by c.id")
                .setParameter(1, phones.isEmpty() ? List.of("-") : List.copyOf(phones))
                .setParameter(2, nationalIds.isEmpty() ? List.of("-") : List.copyOf(nationalIds))
                .getResultList();
        List<SubjectExport.CitizenRecord> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            List<String> numbers = em
                    .createNativeQuery(
                            "select e164 from citizen_phone where citizen_id = ?1 order by e164", String.class)
                    .setParameter(1, id)
                    .getResultList()
                    .stream()
                    .map(String.class::cast)
                    .toList();
            found.add(new SubjectExport.CitizenRecord(
                    id, (String) c[1], (String) c[2], (String) c[3], numbers, UtcColumns.instant(c[4])));
        }
        return found;
    }

    private List<SubjectExport.TicketRecord> tickets(List<Long> citizenIds) {
        if (citizenIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select t.id, t.type, t.channel, t.status, t.subject, t.description,"
                        + " t.created_at, t.resolved_at from ticket t where t.citizen_id in ?1"
                        + " and t.type <> 'COMPLAINT_ABOUT_STAFF' order by t.id")
                .setParameter(1, citizenIds)
                .getResultList();
        List<SubjectExport.TicketRecord> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] t = (Object[]) row;
            long id = ((Number) t[0]).longValue();
            List<?> comments = em.createNativeQuery(
                            "select at, body from ticket_comment where ticket_id = ?1 and internal = false"
                                    + " order by at, id")
                    .setParameter(1, id)
                    .getResultList();
            List<SubjectExport.Reply> replies = comments.stream()
                    .map(Object[].class::cast)
                    .map(r -> new SubjectExport.Reply(UtcColumns.instant(r[0]), (String) r[1]))
                    .toList();
            found.add(new SubjectExport.TicketRecord(
                    TicketNumber.forSequence(id).digits(),
                    (String) t[1],
                    (String) t[2],
                    (String) t[3],
                    (String) t[4],
                    (String) t[5],
                    UtcColumns.instant(t[6]),
                    UtcColumns.instant(t[7]),
                    replies));
        }
        return found;
    }

    /** The calls linked to the citizen, or made from one of their numbers as the PBX wrote it. */
    private List<SubjectExport.CallRecordView> calls(List<Long> citizenIds, Set<String> phones) {
        Set<String> forms = new LinkedHashSet<>();
        for (String e164 : phones) {
            forms.add(e164);
            forms.addAll(new PhoneNumber(e164).writtenForms());
            forms.add("0" + new PhoneNumber(e164).writtenForms().get(2));
        }
        List<?> rows = em.createNativeQuery("select r.linkedid, r.caller, r.entered_at, r.answered_at, r.ended_at,"
                        + " r.disposition, r.talk_seconds, r.recording, r.recording_removed_at from call_record r"
                        + " where r.citizen_id in ?1 or r.caller in ?2 order by r.entered_at, r.id")
                .setParameter(1, citizenIds.isEmpty() ? List.of(-1L) : citizenIds)
                .setParameter(2, forms.isEmpty() ? List.of("-") : List.copyOf(forms))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new SubjectExport.CallRecordView(
                        (String) r[0],
                        (String) r[1],
                        UtcColumns.instant(r[2]),
                        UtcColumns.instant(r[3]),
                        UtcColumns.instant(r[4]),
                        (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).intValue(),
                        (String) r[7],
                        UtcColumns.instant(r[8])))
                .toList();
    }
}
