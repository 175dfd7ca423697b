package org.hotline.web.search;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.concurrent.Future;
import org.hotline.citizen.CitizenView;
import org.hotline.common.Futures;
import org.hotline.common.Role;
import org.hotline.complaint.ComplaintHit;
import org.hotline.complaint.ComplaintSearch;
import org.hotline.search.DeskSearch;
import org.hotline.search.Hits;
import org.hotline.search.IndexCondition;
import org.hotline.search.IndexWatch;
import org.hotline.search.SearchRequest;
import org.hotline.search.ServiceHit;
import org.hotline.search.ServiceSuggestions;
import org.hotline.search.TicketHit;

/**
 * The one search of staff, for the page and the API alike: each part is searched only for a role that may see it,
 * and each boundary checks the role again. Citizens and answers come with the first page only. The caller waits for
 * the slowest part rather than for all of them in turn: the citizens and the answers are searched on the container's
 * managed executor (which carries the caller's identity to the boundaries' role checks) while this thread searches
 * the tickets or the complaints. The answer says whether search is degraded, as it stood when the search began.
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

    @EJB
    private IndexWatch watch;

    @Resource
    private ManagedExecutorService executor;

    public SearchAnswer search(SearchRequest request) {
        boolean deskRole = security.isCallerInRole(Role.Names.AGENT)
                || security.isCallerInRole(Role.Names.SUPERVISOR)
                || security.isCallerInRole(Role.Names.ADMIN);
        boolean officer = security.isCallerInRole(Role.Names.OFFICER);
        boolean firstPage = request.page() == 0;
        IndexCondition indexes = watch.condition();
        Future<List<CitizenView>> citizens =
                deskRole && firstPage ? executor.submit(() -> desk.citizens(request.text(), CITIZENS)) : null;
        Future<List<ServiceHit>> answers =
                firstPage ? executor.submit(() -> services.answers(request.text(), SERVICES)) : null;
        try {
            Hits<TicketHit> tickets = deskRole ? desk.tickets(request) : null;
            Hits<ComplaintHit> found = officer ? complaints.search(request) : null;
            return new SearchAnswer(
                    tickets,
                    citizens != null ? Futures.join(citizens) : deskRole ? List.of() : null,
                    answers != null ? Futures.join(answers) : List.of(),
                    found,
                    indexes.degraded(),
                    indexes.reason());
        } finally {
            Futures.cancel(citizens);
            Futures.cancel(answers);
        }
    }
}
