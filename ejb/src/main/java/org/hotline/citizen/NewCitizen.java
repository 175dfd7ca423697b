package org.hotline.citizen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an agent types for a caller who is not known yet. */
public record NewCitizen(
        @NotBlank String phone,
        @Size(max = Citizen.NAME_MAX) String fullName,
        @Size(max = 32) String nationalId,
        @Pattern(regexp = "ar|en|ku") String preferredLanguage) {}
