package org.hotline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hotline.common.InvalidInput;
import org.hotline.common.Role;
import org.hotline.common.TypedSpelling;
import org.hotline.common.UnknownReference;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.security.ApiTokenNotFound;
import org.hotline.security.ApiTokenSummary;
import org.hotline.security.ApiTokens;
import org.hotline.security.IssuedApiToken;
import org.hotline.security.LastAdministrator;
import org.hotline.security.NewApiToken;
import org.hotline.security.NewUser;
import org.hotline.security.PasswordRejected;
import org.hotline.security.PbxMemberRejected;
import org.hotline.security.PbxMemberTaken;
import org.hotline.security.PbxMembers;
import org.hotline.security.PhoneInterfaceRejected;
import org.hotline.security.PhoneInterfaceTaken;
import org.hotline.security.UserAdministration;
import org.hotline.security.UserNotFound;
import org.hotline.security.UserSummary;
import org.hotline.security.UsernameTaken;
import org.hotline.ticket.TeamChoice;
import org.hotline.ticket.TicketChoices;
import org.hotline.web.faces.Messages;

/**
 * Accounts: the list, a new account with its roles, changing roles, phone, the PBX members that are the person (typed
 * in one field, separated by commas or spaces), institution (an officer's institution decides recusal) and teams (an
 * agent's home lists their teams' open tickets nobody holds), disabling;
 * and the personal API tokens of integrations: made (the token shown once, in this view only), listed, revoked.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "newUser";
    private static final String TOKEN_FORM = "newToken";
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static final String MEMBERS_FIELD = "rolesForm:editedMembers";
    /** Between the PBX members typed in one field: commas (Latin or Arabic), semicolons, any white space. */
    private static final Pattern MEMBER_SEPARATORS = Pattern.compile("(?U)[,،;\\s]+");

    @EJB
    private UserAdministration administration;

    private List<UserSummary> users;

    private String username;
    private String displayName;
    private String password;
    private Role[] roles = {};

    private UserSummary editing;
    private Role[] editedRoles = {};
    private String editedPhone;
    private String editedMembers;
    private String editedInstitution;
    private String[] editedTeams = {};
    private List<TeamChoice> teams;

    @EJB
    private TicketChoices choices;

    @EJB
    private ComplaintIntake intake;

    @EJB
    private ApiTokens apiTokens;

    private List<ApiTokenSummary> tokens;
    private String tokenUsername;
    private String tokenName;
    private LocalDate tokenExpires;
    /** The token just made: kept in this view only, to be copied now; never shown again. */
    private String issuedToken;

    @PostConstruct
    void load() {
        users = administration.list();
        tokens = apiTokens.list();
    }

    /** Makes a token for the chosen account; it expires at the end of the chosen day in Baghdad, or never. */
    public void createToken() {
        Instant expires = tokenExpires == null
                ? null
                : tokenExpires.plusDays(1).atStartOfDay(BAGHDAD).toInstant();
        if (expires != null && !expires.isAfter(Instant.now())) {
            Messages.error(TOKEN_FORM + ":tokenExpires", "apiToken.expiryInPast");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            IssuedApiToken issued = apiTokens.create(new NewApiToken(tokenUsername, tokenName, expires));
            issuedToken = issued.token();
            Messages.info("apiToken.created", issued.summary().username());
            tokenName = null;
            tokenExpires = null;
            load();
        } catch (UnknownReference unknown) {
            Messages.error(TOKEN_FORM + ":tokenUsername", "apiToken.unknownUser");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidInput invalid) {
            Messages.error(
                    TOKEN_FORM + (invalid.field().equals("expiresAt") ? ":tokenExpires" : ":tokenName"),
                    invalid.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void revokeToken(ApiTokenSummary token) {
        try {
            apiTokens.revoke(token.id());
            Messages.info("apiToken.revoked", token.prefix());
        } catch (ApiTokenNotFound gone) {
            Messages.error(null, gone.messageKey());
        }
        issuedToken = null;
        load();
    }

    public void create() {
        try {
            UserSummary created = administration.create(new NewUser(username, displayName, password, Set.of(roles)));
            Messages.info("user.created", created.username());
            username = null;
            displayName = null;
            password = null;
            roles = new Role[0];
            load();
        } catch (UsernameTaken taken) {
            Messages.error(FORM + ":username", taken.messageKey());
        } catch (PasswordRejected weak) {
            weak.violations().forEach(violation -> Messages.error(FORM + ":password", violation.messageKey()));
        } catch (InvalidInput invalid) {
            // a name the field's own check let through (only spaces of another kind), said beside its field
            Messages.error(
                    FORM + (invalid.field().equals("username") ? ":username" : ":displayName"), invalid.messageKey());
        }
    }

    public void edit(UserSummary user) {
        editing = user;
        editedRoles = user.roles().stream().sorted().toArray(Role[]::new);
        editedPhone = user.phoneInterface();
        editedMembers = String.join(", ", user.pbxMembers());
        editedInstitution = user.institutionCode();
        editedTeams = user.teams().toArray(String[]::new);
    }

    public void saveRoles() {
        if (editedRoles == null || editedRoles.length == 0) {
            Messages.error("rolesForm:editedRoles", "user.rolesRequired");
            FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog open
            return;
        }
        List<String> members = MEMBER_SEPARATORS
                .splitAsStream(editedMembers == null ? "" : editedMembers)
                .filter(typed -> !TypedSpelling.plain(typed).isEmpty())
                .toList();
        if (members.size() > PbxMembers.MOST) {
            Messages.error(MEMBERS_FIELD, "user.pbxMembersTooMany", PbxMembers.MOST);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            administration.change(
                    editing.id(),
                    EnumSet.copyOf(Arrays.asList(editedRoles)),
                    editedPhone,
                    editedInstitution,
                    new PbxMembers(members),
                    editedTeams == null ? Set.of() : new java.util.HashSet<>(Arrays.asList(editedTeams)));
            Messages.info("user.rolesSaved", editing.username());
            editing = null;
        } catch (PhoneInterfaceRejected | PhoneInterfaceTaken badPhone) {
            Messages.error("rolesForm:editedPhone", badPhone.messageKey());
            FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog open
        } catch (PbxMemberRejected badMember) {
            Messages.error(MEMBERS_FIELD, badMember.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (PbxMemberTaken taken) {
            Messages.error(MEMBERS_FIELD, taken.messageKey(), taken.member());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (UnknownReference unknown) {
            if ("teams".equals(unknown.field())) {
                Messages.error("rolesForm:editedTeams", unknown.messageKey());
            } else {
                Messages.error("rolesForm:editedInstitution", "complaintForm.invalid.institutionCode");
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (UserNotFound | LastAdministrator refused) {
            Messages.error(null, refused.messageKey());
        }
        load();
    }

    public void disable(UserSummary user) {
        act(() -> administration.disable(user.id()), "user.disabled", user.username());
    }

    public void enable(UserSummary user) {
        act(() -> administration.enable(user.id()), "user.enabled", user.username());
    }

    private void act(Runnable change, String doneKey, String whom) {
        try {
            change.run();
            Messages.info(doneKey, whom);
        } catch (UnknownReference unknown) {
            if ("teams".equals(unknown.field())) {
                Messages.error("rolesForm:editedTeams", unknown.messageKey());
            } else {
                Messages.error("rolesForm:editedInstitution", "complaintForm.invalid.institutionCode");
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (UserNotFound | LastAdministrator refused) {
            Messages.error(null, refused.messageKey());
        }
        load();
    }

    public List<UserSummary> getUsers() {
        return users;
    }

    public List<ApiTokenSummary> getTokens() {
        return tokens;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getTokenUsername() {
        return tokenUsername;
    }

    public void setTokenUsername(String tokenUsername) {
        this.tokenUsername = tokenUsername;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public LocalDate getTokenExpires() {
        return tokenExpires;
    }

    public void setTokenExpires(LocalDate tokenExpires) {
        this.tokenExpires = tokenExpires;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public UserSummary getEditing() {
        return editing;
    }

    /** The institutions an account may belong to, for recusal. */
    public List<ComplaintIntake.InstitutionChoice> getInstitutions() {
        return intake.institutionsForForm();
    }

    public String getEditedInstitution() {
        return editedInstitution;
    }

    public void setEditedInstitution(String editedInstitution) {
        this.editedInstitution = editedInstitution;
    }

    public String getEditedPhone() {
        return editedPhone;
    }

    public void setEditedPhone(String editedPhone) {
        this.editedPhone = editedPhone;
    }

    public String getEditedMembers() {
        return editedMembers;
    }

    public void setEditedMembers(String editedMembers) {
        this.editedMembers = editedMembers;
    }

    public Role[] getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(Role[] editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String[] getEditedTeams() {
        return editedTeams;
    }

    public void setEditedTeams(String[] editedTeams) {
        this.editedTeams = editedTeams;
    }

    /** The teams an account can work in, for the dialog's checkboxes. */
    public List<TeamChoice> getTeams() {
        if (teams == null) {
            teams = choices.teams();
        }
        return teams;
    }
}
