package org.hotline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit log; never changed once written (the chain would show it). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 64)
    private String targetId;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(
            long id,
            Instant at,
            String actor,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail,
            String previousHash,
            String hash) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = hash;
    }
}
