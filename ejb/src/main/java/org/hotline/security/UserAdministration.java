package org.hotline.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.hotline.audit.AuditTrail;
import org.hotline.catalog.InstitutionCode;
import org.hotline.catalog.Institutions;
import org.hotline.common.Role;
import org.hotline.common.UnknownReference;
import org.jboss.logging.Logger;

/**
 * Administrators create accounts, give them roles, phones, the PBX members that are them, and institutions, and
 * disable them. Every change is written to the audit log in the same transaction as the change: both are kept, or
 * neither.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class);

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private Event<PhoneDirectoryChanged> directoryChanged;

    /** Observed in this transaction: an officer's cases about their new institution are given up with the change. */
    @Inject
    private Event<InstitutionChanged> institutionChanged;

    @Inject
    private Event<SignInRightsChanged> rightsChanged;

    @Inject
    private Clock clock;

    public List<UserSummary> list() {
        Instant now = clock.instant();
        long admins = accounts.enabledWith(Role.ADMIN);
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .getResultStream()
                .map(account -> UserSummary.of(account, now, !isLastAdministrator(account, admins)))
                .toList();
    }

    public UserSummary create(@NotNull @Valid NewUser user) {
        UserAccount account = accounts.create(user.username(), user.displayName(), user.password(), user.roles());
        LOG.infof("Account %s created with roles %s", account.getUsername(), account.getRoles());
        audited("USER_CREATED", account, "roles " + account.getRoles());
        return summary(account, clock.instant());
    }

    /**
     * Gives the account exactly these roles, its phone on the PBX ({@code PJSIP/1001}; blank takes it away), the PBX
     * members that are this person ({@link #changePbxMembers}) and the institution it belongs to (blank: none), in one
     * transaction: all change or none. One phone belongs to one account, because screen pops for it go to that account
     * only; an officer's institution decides recusal, and their open cases about the institution they now belong to are
     * given up in the same transaction ({@link InstitutionChanged}). The teams ({@link #changeTeams}) change with them
     * when given; null leaves them as they are.
     */
    public UserSummary change(
            long id,
            @NotNull Set<Role> roles,
            String phoneInterface,
            String institutionCode,
            @NotNull @Valid PbxMembers pbxMembers,
            Set<String> teamCodes) {
        String institution = InstitutionCode.isBlank(institutionCode)
                ? null
                : Institutions.resolve(em, institutionCode)
                        .orElseThrow(() -> new UnknownReference("institutionCode", institutionCode));
        String wanted = phoneInterface == null || phoneInterface.isBlank() ? null : phoneInterface.strip();
        if (wanted != null && !UserAccount.PHONE_INTERFACE.matcher(wanted).matches()) {
            throw new PhoneInterfaceRejected(wanted);
        }
        Set<PbxMemberName> members = typed(pbxMembers);
        UserAccount account = find(id);
        accounts.byPhoneInterface(wanted)
                .filter(owner -> !owner.getId().equals(account.getId()))
                .ifPresent(owner -> {
                    throw new PhoneInterfaceTaken(wanted);
                });
        String membersBefore = account.getPbxMembers().toString();
        String institutionBefore = account.getInstitutionCode();
        String teamsBefore = account.getTeamCodes().toString();
        if (teamCodes != null) {
            account.workIn(knownTeams(teamCodes));
        }
        knownOnThePbxAs(account, members);
        account.usePhone(wanted);
        account.belongTo(institution);
        account.grantExactly(roles);
        keepAnAdministrator();
        rightsChanged.fire(new SignInRightsChanged(account.getUsername()));
        audited(
                "USER_CHANGED",
                account,
                "roles " + account.getRoles() + ", phone " + wanted + ", pbx members "
                        + account.getPbxMembers() + " (were " + membersBefore + "), institution " + institution
                        + ", teams "
                        + account.getTeamCodes() + " (were " + teamsBefore + ")");
        directoryChanged.fire(new PhoneDirectoryChanged(account.getUsername()));
        if (!java.util.Objects.equals(institutionBefore, institution)) {
            institutionChanged.fire(new InstitutionChanged(account.getUsername(), institution));
        }
        return summary(account, clock.instant());
    }

    /**
     * Makes exactly these PBX members this person: member names ({@code agent1}) or, for members without one,
     * interfaces ({@code Local/agent1@agents}), as an administrator types them. Each is taken in its kept spelling
     * ({@link PbxMemberName}: a look-alike of a name is that name), refused when it is not a PBX member's name, and
     * refused when another account already has it: one member is one person. An empty list gives the member's calls
     * back their PBX names. Audited as any change of the account.
     */
    public UserSummary changePbxMembers(@NotNull String username, @NotNull @Valid PbxMembers pbxMembers) {
        Set<PbxMemberName> members = typed(pbxMembers);
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> new UserNotFound(username));
        String before = account.getPbxMembers().toString();
        knownOnThePbxAs(account, members);
        audited("USER_CHANGED", account, "pbx members " + account.getPbxMembers() + " (were " + before + ")");
        directoryChanged.fire(new PhoneDirectoryChanged(account.getUsername()));
        return summary(account, clock.instant());
    }

    /**
     * Makes the person a member of exactly these teams (their codes, any case; none: no team). An agent's home lists
     * the open tickets of their teams that nobody holds. Audited as any change of the account.
     */
    public UserSummary changeTeams(@NotNull String username, @NotNull Set<@NotNull String> teamCodes) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> new UserNotFound(username));
        String before = account.getTeamCodes().toString();
        account.workIn(knownTeams(teamCodes));
        em.flush();
        audited("USER_CHANGED", account, "teams " + account.getTeamCodes() + " (were " + before + ")");
        return summary(account, clock.instant());
    }

    /** The teams' codes as kept, each checked to exist; an unknown one refuses the whole change. */
    private Set<String> knownTeams(Set<String> typed) {
        Set<String> codes = new java.util.TreeSet<>();
        for (String code : typed) {
            codes.add(em.createQuery("select t.code from Team t where t.code = :code", String.class)
                    .setParameter("code", code.strip())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new UnknownReference("teams", code)));
        }
        return codes;
    }

    /** Every member in its kept spelling, before anything changes; two spellings of one member are one. */
    private static Set<PbxMemberName> typed(PbxMembers pbxMembers) {
        Set<PbxMemberName> members = new LinkedHashSet<>();
        pbxMembers.members().forEach(typed -> members.add(PbxMemberName.typed(typed)));
        return members;
    }

    /**
     * Checked before the change, and by the table's primary key when another administrator gives the same member to
     * someone else at the same moment: the second to write is refused the same way.
     */
    private void knownOnThePbxAs(UserAccount account, Set<PbxMemberName> members) {
        for (PbxMemberName member : members) {
            accounts.byPbxMember(member)
                    .filter(owner -> !owner.getId().equals(account.getId()))
                    .ifPresent(owner -> {
                        throw new PbxMemberTaken(member);
                    });
        }
        Set<String> before = Set.copyOf(account.getPbxMembers());
        account.knownOnThePbxAs(members);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            if (!(raced instanceof ConstraintViolationException
                    || raced.getCause() instanceof ConstraintViolationException)) {
                throw raced;
            }
            throw new PbxMemberTaken(members.stream()
                    .filter(member -> !before.contains(member.value()))
                    .findFirst()
                    .orElseThrow(() -> raced));
        }
    }

    public void enable(long id) {
        UserAccount account = find(id);
        account.enable();
        rightsChanged.fire(new SignInRightsChanged(account.getUsername()));
        audited("USER_ENABLED", account, null);
    }

    public void disable(long id) {
        UserAccount account = find(id);
        if (isLastAdministrator(account, accounts.enabledWith(Role.ADMIN))) {
            throw new LastAdministrator();
        }
        account.disable();
        keepAnAdministrator();
        rightsChanged.fire(new SignInRightsChanged(account.getUsername()));
        audited("USER_DISABLED", account, null);
    }

    private void audited(String action, UserAccount account, String detail) {
        audit.record(
                session.getCallerPrincipal().getName(), action, "user_account", account.getUsername(), null, detail);
    }

    /**
     * The one rule for disabling: the last enabled administrator stays. The list says it of each account
     * ({@link UserSummary#mayBeDisabled()}), so the page offers "disable" only where it will not be refused.
     */
    private static boolean isLastAdministrator(UserAccount account, long enabledAdministrators) {
        return account.isEnabled() && account.getRoles().contains(Role.ADMIN) && enabledAdministrators <= 1;
    }

    private UserSummary summary(UserAccount account, Instant now) {
        return UserSummary.of(account, now, !isLastAdministrator(account, accounts.enabledWith(Role.ADMIN)));
    }

    /** Checked after the change and before commit: a violation rolls the change back (two disabled at once). */
    private void keepAnAdministrator() {
        em.flush();
        if (!accounts.anyEnabledHas(Role.ADMIN)) {
            throw new LastAdministrator();
        }
    }

    private UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new UserNotFound(id);
        }
        return account;
    }
}
