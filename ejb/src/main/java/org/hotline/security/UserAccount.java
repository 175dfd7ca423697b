package org.hotline.security;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SortNatural;
import org.hibernate.type.SqlTypes;
import org.hotline.common.InvalidInput;
import org.hotline.common.Role;

/**
 * A member of staff who signs in: agent, supervisor, officer or administrator. Holds the password hash; failed
 * sign-ins are slowed by {@link SignInThrottle}, which keeps nothing in this row, so a stranger cannot lock it.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.WITH_ROLE, query = "select count(u) from UserAccount u where :role member of u.roles")
@NamedQuery(
        name = UserAccount.ENABLED_WITH_ROLE,
        query = "select count(u) from UserAccount u where u.enabled = true and :role member of u.roles")
@NamedQuery(
        name = UserAccount.ALL,
        query = "select distinct u from UserAccount u left join fetch u.pbxMembers order by u.username")
@NamedQuery(
        name = UserAccount.BY_PHONE_INTERFACE,
        query = "select u from UserAccount u where u.phoneInterface = :phoneInterface")
/*
 * The last sign-in moved forward in one statement that takes no part in the version check: clients signing in with one
 * account at once (an integration's parallel requests) would otherwise conflict and fail each other's sign-in.
 */
@NamedQuery(
        name = UserAccount.RECORD_SIGN_IN,
        query = "update UserAccount u set u.lastSignInAt = :now where u.id = :id"
                + " and (u.lastSignInAt is null or u.lastSignInAt <= :notSince)")
@NamedQuery(
        name = UserAccount.BY_PBX_MEMBER,
        query = "select u from UserAccount u join u.pbxMembers m where m = :member")
public class UserAccount {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String WITH_ROLE = "UserAccount.countWithRole";
    static final String ENABLED_WITH_ROLE = "UserAccount.countEnabledWithRole";
    static final String ALL = "UserAccount.all";
    static final String BY_PHONE_INTERFACE = "UserAccount.byPhoneInterface";
    static final String BY_PBX_MEMBER = "UserAccount.byPbxMember";
    static final String RECORD_SIGN_IN = "UserAccount.recordSignIn";

    /**
     * A phone as the PBX names it: technology, a slash, then the endpoint ({@code PJSIP/1001}, {@code SIP/agent7},
     * {@code Local/1001@agents}). Nothing else reaches the AMI actions built from it.
     */
    public static final Pattern PHONE_INTERFACE = Pattern.compile("[A-Za-z]{2,10}/[A-Za-z0-9_.@-]{1,60}");

    /** Lower-case letters, digits, dot, dash and underscore: easy to read out on the phone, the same in every script. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public static final int DISPLAY_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "phone_interface", unique = true, length = 80)
    private String phoneInterface;

    /**
     * The PBX's queue members that are this person ({@link PbxMemberName}s, kept spelling): how the live view and the
     * reports name the calls and the presence the PBX reports under those names. One member, one account (the
     * table's primary key).
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pbx_member", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "member", nullable = false, length = 80)
    @SortNatural
    private SortedSet<String> pbxMembers = new TreeSet<>();

    /**
     * The teams (their codes) this person works in: an agent's home shows the open tickets of these teams that nobody
     * holds yet. Kept by code, as the tickets' lists and the API name teams.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "team_code", nullable = false, length = 32)
    @SortNatural
    private SortedSet<String> teamCodes = new TreeSet<>();

    /** The institution the account belongs to: its officers never handle complaints about it (recusal). */
    @Column(name = "institution_code", length = 32)
    private String institutionCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        requireNonNull(username, "username is required");
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "must match " + USERNAME.pattern());
        }
        requireNonNull(displayName, "displayName is required");
        if (displayName.isBlank() || displayName.length() > DISPLAY_NAME_MAX) {
            throw new InvalidInput("displayName", "1 to " + DISPLAY_NAME_MAX + " characters");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = requireNonNull(passwordHash, "passwordHash is required");
        this.createdAt = requireNonNull(createdAt, "createdAt is required");
        grantExactly(roles);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = requireNonNull(newHash, "passwordHash is required");
    }

    public void grantExactly(Set<Role> newRoles) {
        requireNonNull(newRoles, "roles are required");
        if (newRoles.isEmpty()) {
            throw new InvalidInput("roles", "at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPhoneInterface() {
        return phoneInterface;
    }

    /** Gives the account its phone on the PBX, or takes it away with null. */
    public void usePhone(String newPhoneInterface) {
        if (newPhoneInterface != null
                && !PHONE_INTERFACE.matcher(newPhoneInterface).matches()) {
            throw new InvalidInput("phoneInterface", "must match " + PHONE_INTERFACE.pattern());
        }
        phoneInterface = newPhoneInterface;
    }

    public SortedSet<String> getPbxMembers() {
        return Collections.unmodifiableSortedSet(pbxMembers);
    }

    /** Makes exactly these PBX members this person's (none: the PBX's names show again). */
    public void knownOnThePbxAs(Set<PbxMemberName> members) {
        requireNonNull(members, "members are required");
        pbxMembers.retainAll(members.stream().map(PbxMemberName::value).toList());
        members.forEach(member -> pbxMembers.add(member.value()));
    }

    public SortedSet<String> getTeamCodes() {
        return Collections.unmodifiableSortedSet(teamCodes);
    }

    /** Makes this person a member of exactly these teams (codes the caller has checked exist); none takes all away. */
    public void workIn(Set<String> codes) {
        requireNonNull(codes, "team codes are required");
        teamCodes.retainAll(codes);
        teamCodes.addAll(codes);
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    /** Makes the account belong to an institution (a code the caller has checked), or to none with null. */
    public void belongTo(String newInstitutionCode) {
        institutionCode = newInstitutionCode;
    }
}
