package org.hotline.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.hotline.audit.AuditTrail;
import org.hotline.catalog.Institutions;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.common.UnknownReference;
import org.hotline.common.UtcColumns;

/**
 * The registry of secure documents and their verification. A QR payload is checked in order: its form (else
 * malformed), its key and signature (else forged), the registry's record of the number (else unknown), that record
 * against the payload (else forged), then the record's status. The public may also verify by number with the short
 * code printed under the QR; staff may look a number up alone. No answer ever carries the holder.
 */
@Stateless
public class DocumentRegistry {

    @Inject
    private Clock clock;

    @Inject
    private DocumentSettings settings;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    /** The registry's record of a number is read over JDBC: see {@link #record(String)}. */
    @Resource(lookup = "java:jboss/datasources/HotlineDS")
    private DataSource database;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /**
     * What a QR code says, checked. Public: anyone holding a document may check it. A read: it runs in the caller's
     * transaction when there is one, and otherwise opens none (see {@link #verifyNumber}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Verification verifyPayload(String text) {
        SecurePayload payload;
        try {
            payload = SecurePayload.decode(text);
        } catch (MalformedPayload malformed) {
            return Verification.refused(Verification.Outcome.MALFORMED, null, malformed.getMessage());
        }
        DocumentKey key = em.find(DocumentKey.class, payload.keyId());
        if (key == null) {
            return Verification.refused(
                    Verification.Outcome.FORGED, payload.number(), "signed with a key the registry does not know");
        }
        if (!DocumentSignatures.verifies(payload, key.publicKey())) {
            return Verification.refused(Verification.Outcome.FORGED, payload.number(), "the signature does not hold");
        }
        String refusal = key.refusal(payload.institutionCode(), payload.issueDate());
        if (refusal != null) {
            return Verification.refused(Verification.Outcome.FORGED, payload.number(), refusal);
        }
        Object[] row = record(payload.number());
        if (row == null) {
            return Verification.refused(
                    Verification.Outcome.UNKNOWN,
                    payload.number(),
                    "signed, but the registry has no document with this number");
        }
        if (!payload.institutionCode().equals(row[1])
                || !payload.issueDate().equals(UtcColumns.date(row[3]))
                || !MessageDigest.isEqual(payload.digest(), (byte[]) row[4])) {
            return Verification.refused(
                    Verification.Outcome.FORGED, payload.number(), "the code does not match the registered document");
        }
        return answer(row);
    }

    /**
     * A document by its number and the short code printed under its QR. A wrong code reads as an unknown number, so
     * that the registry cannot be read by guessing numbers. Public.
     *
     * <p>One row read by its key, so no transaction of its own: beginning and committing one (and the persistence
     * context that comes with it) cost more than the read, on the public endpoint that the whole country may call.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Verification verifyNumber(String number, String shortCode) {
        if (!wellFormed(number)) {
            return notANumber();
        }
        Object[] row = record(number.strip());
        if (row == null || !ShortCode.matches(shortCode, (byte[]) row[4])) {
            return Verification.refused(
                    Verification.Outcome.UNKNOWN, number.strip(), "no document with this number and code");
        }
        return answer(row);
    }

    /** A document by its number alone, for staff during a call. A read, as {@link #verifyNumber}. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.OFFICER, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Verification lookUp(@NotBlank String number) {
        if (!wellFormed(number)) {
            return notANumber();
        }
        Object[] row = record(number.strip());
        return row == null
                ? Verification.refused(
                        Verification.Outcome.UNKNOWN, number.strip(), "the registry has no document with this number")
                : answer(row);
    }

    /**
     * Registers one document, as an institution's file would (see the import for files): the holder's name only as
     * its keyed hash, the content only as its SHA-256. Audited.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Verification register(@NotNull @Valid NewDocument document) {
        String institution = Institutions.resolve(em, document.institutionCode())
                .orElseThrow(() -> new UnknownReference("institutionCode", document.institutionCode()));
        if (record(document.number()) != null) {
            throw new DocumentRefused("document " + document.number() + " is already registered");
        }
        em.createNativeQuery("insert into secure_document (document_number, institution_code, document_type,"
                        + " issue_date, subject, holder_hash, content_digest) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, document.number())
                .setParameter(2, institution)
                .setParameter(3, document.type().name())
                .setParameter(4, Date.valueOf(document.issueDate()))
                .setParameter(5, document.subject().strip())
                .setParameter(6, settings.secrets().holderHash(document.holderName()))
                .setParameter(7, document.digest())
                .executeUpdate();
        audit.record(
                actor(),
                "DOCUMENT_REGISTERED",
                "secure_document",
                document.number(),
                null,
                institution + " " + document.type());
        return lookUpRecord(document.number());
    }

    /** Revokes or supersedes a document, with the reason (and what replaces it). Audited. */
    @RolesAllowed(Role.Names.ADMIN)
    public Verification changeStatus(
            @NotBlank String number,
            @NotNull DocumentStatus status,
            @StatedReason(max = 500) String reason,
            @Size(max = 40) String supersededBy) {
        if (record(number) == null) {
            throw new DocumentNotFound("document " + number);
        }
        if (status == DocumentStatus.SUPERSEDED && (supersededBy == null || record(supersededBy) == null)) {
            throw new DocumentRefused("a superseded document names the registered document that replaces it");
        }
        em.createNativeQuery("update secure_document set status = ?1, status_reason = ?2, superseded_by = ?3,"
                        + " status_changed_on = ?4 where document_number = ?5")
                .setParameter(1, status.name())
                .setParameter(2, reason.strip())
                .setParameter(3, status == DocumentStatus.SUPERSEDED ? supersededBy : null)
                .setParameter(4, Date.valueOf(LocalDate.now(clock.withZone(org.hotline.common.BusinessTime.ZONE))))
                .setParameter(5, number)
                .executeUpdate();
        audit.record(
                actor(),
                "DOCUMENT_STATUS_CHANGED",
                "secure_document",
                number,
                reason.strip(),
                status + (supersededBy == null ? "" : " by " + supersededBy));
        return lookUpRecord(number);
    }

    /**
     * The document's QR payload, signed now with its institution's active key: to print it, to show the format, and
     * for tests. Refused when the institution has no key the registry can sign with.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public SecurePayload payload(@NotBlank String number) {
        Object[] row = record(number);
        if (row == null) {
            throw new DocumentNotFound("document " + number);
        }
        List<DocumentKey> keys = em.createQuery(
                        "select k from DocumentKey k where k.institutionCode = :institution"
                                + " and k.retiredAt is null and k.revokedAt is null and k.privateKeySealed is not null",
                        DocumentKey.class)
                .setParameter("institution", row[1])
                .getResultList();
        if (keys.isEmpty()) {
            throw new DocumentRefused(row[1] + " has no key the registry can sign with");
        }
        DocumentKey key = keys.get(0);
        SecurePayload unsigned = SecurePayload.unsigned(
                number, (String) row[1], UtcColumns.date(row[3]), key.getKeyId(), (byte[]) row[4]);
        return DocumentSignatures.sign(
                unsigned, DocumentSignatures.privateKey(settings.secrets().unseal(key.privateKeySealed())));
    }

    private static boolean wellFormed(String number) {
        return number != null && SecurePayload.NUMBER.matcher(number.strip()).matches();
    }

    private static Verification notANumber() {
        return Verification.refused(Verification.Outcome.MALFORMED, null, "not a document number");
    }

    private Verification lookUpRecord(String number) {
        return answer(record(number));
    }

    /**
     * number, institution, type, issue date, digest, status, changed on, reason, superseded by — or null. Read over
     * JDBC rather than as a native query through Hibernate, whose session, query plan and result mapping were most of
     * the public check's time in the application for one row read by its primary key. Inside a transaction (an
     * administrator's change) the connection is the transaction's, so the read sees what it wrote.
     */
    private Object[] record(String number) {
        try (Connection connection = database.getConnection();
                PreparedStatement read = connection.prepareStatement("select document_number, institution_code,"
                        + " document_type, issue_date, content_digest, status, status_changed_on, status_reason,"
                        + " superseded_by from secure_document where document_number = ?")) {
            read.setString(1, number);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Object[] {
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getObject(4, LocalDate.class),
                    row.getBytes(5),
                    row.getString(6),
                    row.getObject(7, LocalDate.class),
                    row.getString(8),
                    row.getString(9)
                };
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("document " + number + " not read: " + failed.getMessage(), failed);
        }
    }

    private static Verification answer(Object[] row) {
        DocumentStatus status = DocumentStatus.valueOf((String) row[5]);
        Verification.Outcome outcome = status == DocumentStatus.VALID
                ? Verification.Outcome.GENUINE_VALID
                : status == DocumentStatus.REVOKED
                        ? Verification.Outcome.GENUINE_REVOKED
                        : Verification.Outcome.GENUINE_SUPERSEDED;
        return new Verification(
                outcome,
                (String) row[0],
                DocumentType.valueOf((String) row[2]),
                (String) row[1],
                UtcColumns.date(row[3]),
                UtcColumns.date(row[6]),
                (String) row[7],
                (String) row[8],
                null);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
