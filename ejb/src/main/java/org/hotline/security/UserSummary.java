package org.hotline.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hotline.common.Role;

/**
 * One account as the administrators' list shows it, roles in a steady order, with its phone, the PBX members that are
 * this person (in order) the institution it belongs to (for recusal) and
 * the teams it works in (their codes, in order); never the password hash.
 */
public record UserSummary(
        long id,
        String username,
        String displayName,
        List<Role> roles,
        boolean enabled,
        Instant lastSignInAt,
        Instant createdAt,
        String phoneInterface,
        List<String> pbxMembers,
        String institutionCode,
        boolean mayBeDisabled,
        List<String> teams)
        implements Serializable {

    static UserSummary of(UserAccount account, Instant now, boolean mayBeDisabled) {
        return new UserSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles().stream().sorted().toList(),
                account.isEnabled(),
                account.getLastSignInAt(),
                account.getCreatedAt(),
                account.getPhoneInterface(),
                List.copyOf(account.getPbxMembers()),
                account.getInstitutionCode(),
                mayBeDisabled,
                List.copyOf(account.getTeamCodes()));
    }
}
