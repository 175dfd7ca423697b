package org.hotline.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.hotline.common.BusinessException;
import org.hotline.common.BusinessTime;
import org.hotline.common.Role;
import org.hotline.common.UnknownReference;
import org.hotline.search.Facet;
import org.hotline.search.SearchDegraded;
import org.hotline.search.SearchOrder;
import org.hotline.search.SearchQueries;
import org.hotline.search.SearchRequest;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;
import org.hotline.web.complaint.InstitutionNames;
import org.hotline.web.faces.EServiceChoices;
import org.hotline.web.faces.Messages;
import org.hotline.web.faces.Texts;
import org.hotline.web.security.SignedInUser;

/**
 * The search page: one box, the filters, and what was found part by part. A facet value clicked becomes its filter;
 * the text comes in the address too ({@code ?q=}), so a search can be linked to.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private StaffSearch search;

    @Inject
    private InstitutionNames institutionNames;

    @Inject
    private EServiceChoices eServiceChoices;

    @Inject
    private SignedInUser user;

    private String text;
    private TicketStatus status;
    private TicketType type;
    private String institution;
    private String eService;
    private LocalDate from;
    private LocalDate to;
    private SearchOrder order = SearchOrder.RELEVANCE;
    private int page;
    private transient SearchAnswer answer;

    /** From the address: a search linked to runs at once. */
    public void onLoad() {
        if (text != null && !text.isBlank()) {
            search();
        }
    }

    public void search() {
        page = 0;
        run();
    }

    public void next() {
        page++;
        run();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        run();
    }

    /** A facet value clicked: its filter is set, the search runs again from its first page. */
    public void pick(String facet, String value) {
        switch (facet) {
            case "status" -> status = TicketStatus.valueOf(value);
            case "type" -> type = TicketType.valueOf(value);
            case "institution" -> institution = value;
            case "eService" -> eService = value;
            case "created" -> pickCreated(SearchQueries.Created.valueOf(value));
            default -> throw new IllegalArgumentException("no such facet: " + facet);
        }
        search();
    }

    public void clearFilters() {
        status = null;
        type = null;
        institution = null;
        eService = null;
        from = null;
        to = null;
        search();
    }

    private void pickCreated(SearchQueries.Created bucket) {
        LocalDate today = ZonedDateTime.now(BusinessTime.ZONE).toLocalDate();
        switch (bucket) {
            case TODAY -> from = today;
            case LAST_7_DAYS -> from = today.minusDays(6);
            case LAST_30_DAYS -> from = today.minusDays(29);
            case OLDER -> {
                from = null;
                to = today.minusDays(30);
            }
        }
        if (bucket != SearchQueries.Created.OLDER) {
            to = null;
        }
    }

    private void run() {
        if (text != null && text.length() > SearchRequest.TEXT_MAX) { // a linked ?q= has no maxlength to stop it
            answer = null;
            Messages.error("search:q", "jakarta.faces.validator.LengthValidator.MAXIMUM", SearchRequest.TEXT_MAX);
            return;
        }
        try {
            answer = search.search(new SearchRequest(
                    Texts.blankToNull(text),
                    status,
                    type,
                    Texts.blankToNull(institution),
                    Texts.blankToNull(eService),
                    from,
                    to,
                    order,
                    page,
                    PAGE_SIZE));
        } catch (UnknownReference unknown) {
            answer = null;
            if ("eService".equals(unknown.field())) {
                Messages.error("search:eService", "ticket.unknown.eServiceCode");
            } else {
                Messages.error("search:institution", "complaintForm.invalid.institutionCode");
            }
        } catch (SearchDegraded degraded) {
            answer = null;
            Messages.error(null, degraded.messageKey());
        } catch (BusinessException refused) {
            answer = null;
            Messages.error("search:to", refused.messageKey());
        }
    }

    /** A facet value in the user's language. */
    public String label(Facet facet, Facet.Value value) {
        return switch (facet.name()) {
            case "status" -> Messages.text("status." + value.value());
            case "type" -> Messages.text("type." + value.value());
            case "institution" -> institutionNames.of(value.value());
            case "eService" -> eServiceChoices.label(value.value());
            case "created" -> Messages.text("search.created." + value.value());
            case "allegation" -> Messages.text("allegation." + value.value());
            case "caseState" -> Messages.text("caseState." + value.value());
            default -> value.value();
        };
    }

    /** Whether the ticket filters apply: for the roles that search tickets. */
    public boolean isDeskRole() {
        return user.has(Role.Names.AGENT) || user.has(Role.Names.SUPERVISOR) || user.has(Role.Names.ADMIN);
    }

    public boolean isHasNext() {
        return answer != null
                && answer.tickets() != null
                && (long) (page + 1) * PAGE_SIZE < answer.tickets().total();
    }

    public SearchAnswer getAnswer() {
        return answer;
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    /** A complaint about staff is never among tickets, so it is no filter either. */
    public TicketType[] getTypes() {
        return java.util.Arrays.stream(TicketType.values())
                .filter(t -> t != TicketType.COMPLAINT_ABOUT_STAFF)
                .toArray(TicketType[]::new);
    }

    public SearchOrder[] getOrders() {
        return SearchOrder.values();
    }

    public int getPage() {
        return page;
    }

    /** The page as shown, counting from one. */
    public String getPageShown() {
        return String.valueOf(page + 1);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getServiceCode() {
        return eService;
    }

    public void setServiceCode(String eService) {
        this.eService = eService;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SearchOrder getOrder() {
        return order;
    }

    public void setOrder(SearchOrder order) {
        this.order = order;
    }
}
