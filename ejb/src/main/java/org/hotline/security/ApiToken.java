package org.hotline.security;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.common.InvalidInput;

/**
 * A personal API token: an integration signs in with it ({@code Authorization: Bearer …}) instead of a password, and
 * acts with the roles its account has at that moment. Only the SHA-256 of the token is stored; the token itself is
 * shown once, when it is made. A revoked or expired token signs nobody in; the row stays, for the audit log's sake.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.ALL, query = "select t from ApiToken t join fetch t.account order by t.createdAt desc")
public class ApiToken {

    static final String BY_HASH = "ApiToken.byHash";
    static final String ALL = "ApiToken.all";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false)
    private UserAccount account;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The token's first characters, so that people can tell their tokens apart; far too few to guess the rest. */
    @Column(name = "token_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(
            UserAccount account,
            String name,
            String tokenHash,
            String prefix,
            Instant createdAt,
            String createdBy,
            Instant expiresAt) {
        this.account = requireNonNull(account, "account is required");
        requireNonNull(name, "name is required");
        if (name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new InvalidInput("name", "1 to " + NAME_MAX + " characters");
        }
        this.name = name.strip();
        this.tokenHash = requireNonNull(tokenHash, "tokenHash is required");
        this.prefix = requireNonNull(prefix, "prefix is required");
        this.createdAt = requireNonNull(createdAt, "createdAt is required");
        this.createdBy = requireNonNull(createdBy, "createdBy is required");
        this.expiresAt = expiresAt;
    }

    /** Signs in only while neither revoked nor expired, and only for an account that is enabled. */
    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && account.isEnabled();
    }

    /** Why it signs nobody in, for the audit log; null when it is usable. */
    String refusalAt(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        } else if (expiresAt != null && !now.isBefore(expiresAt)) {
            return "expired";
        } else if (!account.isEnabled()) {
            return "account disabled";
        }
        return null;
    }

    /** Revoking twice keeps the first revocation. */
    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = requireNonNull(by, "by is required");
        }
    }

    void usedAt(Instant now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
