package org.hotline.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.hotline.complaint.ComplaintSearch;
import org.hotline.search.DeskSearch;
import org.hotline.search.SearchRequest;
import org.hotline.search.ServiceSuggestions;
import org.hotline.security.Role;

/**
 * The one search of staff, for the page and the API alike: each part is searched only for a role that may see it,
 * and each boundary checks the role again. Citizens and answers come with the first page only.
 */
@RequestScoped
public class StaffSearch {

    private static final int CITIZENS = 5;
    private static final int SERVICES = 5;

    @Inject
    private SecurityContext security;

    @EJB
    private DeskSearch desk;

    @EJB
    private ComplaintSearch complaints;

    @EJB
    private ServiceSuggestions services;

    public SearchAnswer search(SearchRequest request) {
        boolean deskRole = security.isCallerInRole(Role.Names.AGENT) || security.isCallerInRole(Role.Names.SUPERVISOR)
                || security.isCallerInRole(Role.Names.ADMIN);
        boolean officer = security.isCallerInRole(Role.Names.OFFICER);
        boolean firstPage = request.page() == 0;
        return new SearchAnswer(deskRole ? desk.tickets(request) : null,
                deskRole && firstPage ? desk.citizens(request.text(), CITIZENS) : deskRole ? List.of() : null,
                firstPage ? services.answers(request.text(), SERVICES) : List.of(),
                officer ? complaints.search(request) : null);
    }
}
