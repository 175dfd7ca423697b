package org.hotline.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import org.hotline.common.BusinessTime;

/**
 * One signing key of an institution. Its public half verifies the documents it signed; its private half, when the
 * registry generated the pair, is kept sealed (see {@link DocumentSecrets}). Rotation retires a key: it still vouches
 * for documents issued up to that day, not after. Revocation (a compromised key) withdraws it altogether.
 */
@Entity
@Table(name = "document_key")
public class DocumentKey {

    @Id
    @Column(name = "key_id", length = 16)
    private String keyId;

    @Column(name = "institution_code", nullable = false, length = 32)
    private String institutionCode;

    @Column(name = "algorithm", nullable = false, length = 16)
    private String algorithm;

    @Column(name = "public_key", nullable = false, length = 200)
    private byte[] publicKey;

    @Column(name = "private_key_sealed", length = 300)
    private byte[] privateKeySealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 500)
    private String revokedReason;

    protected DocumentKey() {
        // for JPA
    }

    DocumentKey(String keyId, String institutionCode, byte[] publicKey, byte[] privateKeySealed, Instant now) {
        this.keyId = keyId;
        this.institutionCode = institutionCode;
        this.algorithm = DocumentSignatures.ALGORITHM;
        this.publicKey = publicKey.clone();
        this.privateKeySealed = privateKeySealed == null ? null : privateKeySealed.clone();
        this.createdAt = now;
    }

    /** Whether this key vouches for a document of this institution issued on that day. */
    String refusal(String payloadInstitution, LocalDate issued) {
        if (!institutionCode.equals(payloadInstitution)) {
            return "signed with another institution's key";
        }
        if (revokedAt != null) {
            return "signed with a revoked key";
        }
        if (retiredAt != null
                && issued.isAfter(retiredAt.atZone(BusinessTime.ZONE).toLocalDate())) {
            return "signed with a key retired before the document's issue date";
        }
        return null;
    }

    boolean active() {
        return retiredAt == null && revokedAt == null;
    }

    void retire(Instant now) {
        retiredAt = now;
    }

    void revoke(String reason, Instant now) {
        revokedAt = now;
        revokedReason = reason;
    }

    PublicKey publicKey() {
        return DocumentSignatures.publicKey(publicKey);
    }

    byte[] privateKeySealed() {
        return privateKeySealed;
    }

    String getKeyId() {
        return keyId;
    }

    String getInstitutionCode() {
        return institutionCode;
    }

    KeyView view() {
        return new KeyView(
                keyId,
                institutionCode,
                algorithm,
                createdAt,
                retiredAt,
                revokedAt,
                revokedReason,
                privateKeySealed != null && active());
    }
}
