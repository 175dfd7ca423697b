package org.hotline.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.catalog.Catalogue;
import org.hotline.catalog.EServiceView;
import org.hotline.search.SearchDegraded;
import org.hotline.search.ServiceSuggestions;
import org.hotline.web.i18n.LocaleBacking;

/**
 * The e-service field of the forms (a PrimeFaces autoComplete): suggestions come from the search index, so "جواز"
 * typed without hamza or with diacritics, a Kurdish or an English beginning all find the service. Suggestions and the
 * field's value are codes, and each
 * is shown as "code — name" in the user's language. Working in codes throughout keeps the field right when the page
 * is shown again with a chosen service (after a refused submit, or a ticket that has one).
 */
@Named
@RequestScoped
public class EServiceChoices {

    @EJB
    private Catalogue catalogue;

    @EJB
    private ServiceSuggestions suggestions;

    @Inject
    private LocaleBacking locale;

    private final Map<String, EServiceView> seen = new HashMap<>();

    /**
     * The codes of the e-services whose names or code begin words typed (the search index), at most 15; none while the
     * index cannot be read.
     */
    public List<String> complete(String text) {
        List<EServiceView> found;
        try {
            found = suggestions.suggest(text, 15);
        } catch (SearchDegraded degraded) {
            return List.of(); // the code can still be typed whole; the form checks it against the catalogue
        }
        found.forEach(service -> seen.put(service.code(), service));
        return found.stream().map(EServiceView::code).toList();
    }

    /** "code — name", or the code alone when the catalogue no longer has it. */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        EServiceView service = service(code);
        return service == null
                ? code
                : code + " — " + service.name().in(locale.getLanguage().getCode());
    }

    /** The e-service with its description, documents and standard answer; null for none or one no longer there. */
    public EServiceView service(String code) {
        return code == null || code.isBlank()
                ? null
                : seen.computeIfAbsent(code, known -> catalogue.service(known).orElse(null));
    }
}
