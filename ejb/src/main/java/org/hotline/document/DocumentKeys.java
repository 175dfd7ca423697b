package org.hotline.document;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.catalog.Institutions;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.common.UnknownReference;

/**
 * Administrators keep the institutions' signing keys: add one (generated here, its private half sealed, or an
 * institution's own public key), rotate (the current key retires and a new one signs from now on), revoke (a
 * compromised key vouches for nothing). Every action is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DocumentKeys {

    @Inject
    private DocumentSettings settings;

    private static final String KEY_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    private final SecureRandom random = new SecureRandom();

    public List<KeyView> list() {
        return em.createQuery("select k from DocumentKey k order by k.institutionCode, k.createdAt", DocumentKey.class)
                .getResultStream()
                .map(DocumentKey::view)
                .toList();
    }

    /**
     * A new key for the institution: the institution's own public key (X.509, base64) when given, else a pair made
     * here whose private half is sealed for the registry to sign with. Refused while the institution has an active
     * key: that is a rotation.
     */
    public KeyView add(@NotBlank @Size(max = 32) String institutionCode, @Size(max = 400) String publicKeyBase64) {
        String institution = knownInstitution(institutionCode);
        if (!active(institution).isEmpty()) {
            throw new DocumentRefused(institution + " already has an active key: rotate it instead");
        }
        return create(institution, publicKeyBase64, "DOCUMENT_KEY_ADDED");
    }

    /** Retires the institution's active key (it still vouches for documents issued until today) and makes a new one. */
    public KeyView rotate(@NotBlank @Size(max = 32) String institutionCode) {
        String institution = knownInstitution(institutionCode);
        List<DocumentKey> current = active(institution);
        if (current.isEmpty()) {
            throw new DocumentRefused(institution + " has no active key to rotate: add one");
        }
        Instant now = clock.instant();
        current.forEach(key -> key.retire(now));
        return create(institution, null, "DOCUMENT_KEY_ROTATED");
    }

    /** Withdraws a key: documents signed with it are no longer genuine by it. */
    public KeyView revoke(@NotBlank String keyId, @StatedReason(max = 500) String reason) {
        DocumentKey key = em.find(DocumentKey.class, keyId);
        if (key == null) {
            throw new DocumentNotFound("key " + keyId);
        }
        if (key.view().revokedAt() != null) {
            throw new DocumentRefused("key " + keyId + " is already revoked");
        }
        key.revoke(reason.strip(), clock.instant());
        audit.record(
                admin(),
                "DOCUMENT_KEY_REVOKED",
                "document_key",
                keyId,
                reason.strip(),
                "institution " + key.getInstitutionCode());
        return key.view();
    }

    private KeyView create(String institution, String publicKeyBase64, String action) {
        byte[] publicKey;
        byte[] sealed = null;
        if (publicKeyBase64 != null && !publicKeyBase64.isBlank()) {
            try {
                publicKey = Base64.getDecoder().decode(publicKeyBase64.strip());
                DocumentSignatures.publicKey(publicKey);
            } catch (IllegalArgumentException notAKey) {
                throw new UnknownReference("publicKey", "not an Ed25519 public key in X.509, base64");
            }
        } else {
            KeyPair pair = DocumentSignatures.generate();
            publicKey = pair.getPublic().getEncoded();
            sealed = settings.secrets().seal(pair.getPrivate().getEncoded());
        }
        DocumentKey key = new DocumentKey(newKeyId(), institution, publicKey, sealed, clock.instant());
        em.persist(key);
        audit.record(
                admin(),
                action,
                "document_key",
                key.getKeyId(),
                null,
                "institution " + institution
                        + (sealed == null ? ", the institution's public key" : ", generated here"));
        return key.view();
    }

    private List<DocumentKey> active(String institution) {
        return em.createQuery(
                        "select k from DocumentKey k where k.institutionCode = :institution"
                                + " and k.retiredAt is null and k.revokedAt is null",
                        DocumentKey.class)
                .setParameter("institution", institution)
                .getResultList();
    }

    private String knownInstitution(String code) {
        return Institutions.resolve(em, code).orElseThrow(() -> new UnknownReference("institutionCode", code));
    }

    private String newKeyId() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = KEY_ID_ALPHABET.charAt(random.nextInt(KEY_ID_ALPHABET.length()));
        }
        return new String(id);
    }

    private String admin() {
        return session.getCallerPrincipal().getName();
    }
}
