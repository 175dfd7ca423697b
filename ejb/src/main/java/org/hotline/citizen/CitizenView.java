package org.hotline.citizen;

import java.io.Serializable;
import java.util.List;

/** A citizen as agents and the API see them: the national ID masked, numbers in E.164. */
public record CitizenView(
        long id, String fullName, String maskedNationalId, String preferredLanguage, List<String> phones)
        implements Serializable {

    public static CitizenView of(Citizen citizen) {
        return new CitizenView(
                citizen.getId(),
                citizen.getFullName(),
                citizen.getMaskedNationalId(),
                citizen.getPreferredLanguage(),
                citizen.getPhones().stream().sorted().toList());
    }
}
