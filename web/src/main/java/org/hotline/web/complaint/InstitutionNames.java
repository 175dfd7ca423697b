package org.hotline.web.complaint;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.web.i18n.LocaleBacking;

/** Institutions named in the user's language on the complaint pages, where the records keep only their codes. */
@Named
@RequestScoped
public class InstitutionNames {

    @EJB
    private ComplaintIntake intake;

    @Inject
    private LocaleBacking locale;

    private Map<String, ComplaintIntake.InstitutionChoice> byCode;

    /** The institution's name, or its code when the catalogue no longer has it. */
    public String of(String code) {
        ComplaintIntake.InstitutionChoice institution = code == null ? null : byCode().get(code);
        return institution == null
                ? code
                : institution.name().in(locale.getLanguage().getCode());
    }

    /** Every institution's code, for a filter whose labels come from {@link #of}. */
    public List<String> getCodes() {
        return List.copyOf(byCode().keySet());
    }

    private Map<String, ComplaintIntake.InstitutionChoice> byCode() {
        if (byCode == null) {
            byCode = intake.institutionsForForm().stream()
                    .collect(Collectors.toMap(
                            ComplaintIntake.InstitutionChoice::code,
                            Function.identity(),
                            (a, b) -> a,
                            LinkedHashMap::new));
        }
        return byCode;
    }
}
