package org.hotline.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hotline.common.Role;

/** What an administrator types to create an account. */
public record NewUser(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}")
        String username,

        @NotBlank @Size(max = UserAccount.DISPLAY_NAME_MAX) String displayName,
        @NotNull String password,
        @NotEmpty Set<Role> roles) {}
