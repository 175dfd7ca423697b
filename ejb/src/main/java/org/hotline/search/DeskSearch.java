package org.hotline.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.CitizenView;
import org.hotline.security.Role;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;

/**
 * The agents' search over tickets and citizens, from the Lucene indexes, while the caller waits. One search box:
 * words in Arabic or English however spelled, a ticket number with or without its check digit, a phone number in any
 * written form (the tickets of the citizen who owns it), the last four characters of a national ID. Complaints about
 * staff are not in the ticket index at all ({@code ComplaintsStayOutOfTicketSearch}), so nothing here can reveal one.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DeskSearch {

    /** The ticket fields words are looked for in. */
    static final String[] TICKET_TEXT = {"subject", "description", "publicComments", "internalComments",
        "eService.nameAr", "eService.nameEn", "citizen.fullName"};
    private static final int SNIPPETS = 3;
    private static final int CITIZENS_PER_PHONE = 20;

    private static final AggregationKey<Map<TicketStatus, Long>> STATUS = AggregationKey.of("status");
    private static final AggregationKey<Map<TicketType, Long>> TYPE = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> INSTITUTION = AggregationKey.of("institution");
    private static final AggregationKey<Map<String, Long>> E_SERVICE = AggregationKey.of("eService");

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public Hits<TicketHit> tickets(@NotNull @Valid SearchRequest request) {
        SearchSession search = Search.session(em);
        TypedText typed = TypedText.of(request.text());
        List<Long> phoneOwners = typed.phone().map(phone -> search.search(Citizen.class)
                .select(f -> f.id(Long.class)).where(f -> f.match().field("phone").matching(phone.e164().substring(1)))
                .fetchHits(CITIZENS_PER_PHONE)).orElse(List.of());
        Range<Instant> period = SearchQueries.period(request.from(), request.to());
        String institution = SearchQueries.institution(em, request.institution());
        String eService = SearchQueries.eService(em, request.eService());
        SearchResult<List<?>> result = search.search(Ticket.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("subject", String.class),
                        f.field("type", TicketType.class), f.field("status", TicketStatus.class),
                        f.field("createdAt", Instant.class), f.field("eService.code", String.class),
                        f.field("description", String.class), f.field("publicComments", String.class).multi(),
                        f.field("internalComments", String.class).multi()).asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!typed.isBlank()) {
                        root.add(matching(f, typed, phoneOwners));
                    }
                    SearchQueries.filter(f, root, "status", request.status());
                    SearchQueries.filter(f, root, "type", request.type());
                    SearchQueries.filter(f, root, "institution.code", institution);
                    SearchQueries.filter(f, root, "eService.code", eService);
                    SearchQueries.createdWithin(f, root, period);
                })
                .sort(f -> SearchQueries.order(f, request.order(), typed))
                .aggregation(STATUS, f -> f.terms().field("status", TicketStatus.class))
                .aggregation(TYPE, f -> f.terms().field("type", TicketType.class))
                .aggregation(INSTITUTION, f -> f.terms().field("institution.code", String.class).maxTermCount(50))
                .aggregation(E_SERVICE, f -> f.terms().field("eService.code", String.class).maxTermCount(20))
                .aggregation(SearchQueries.CREATED, f -> SearchQueries.createdFacet(f, clock.instant()))
                .fetch(request.page() * request.size(), request.size());
        Passages passages = Passages.forQuery(typed.words());
        List<TicketHit> hits = result.hits().stream().map(row -> new TicketHit(
                TicketNumber.forSequence((Long) row.get(0)).digits(), (String) row.get(1), (TicketType) row.get(2),
                (TicketStatus) row.get(3), (Instant) row.get(4), (String) row.get(5),
                passages.of(SNIPPETS, List.of(Passages.Field.of("subject", row.get(1)),
                        Passages.Field.of("description", row.get(6)), Passages.Field.of("publicComments", row.get(7)),
                        Passages.Field.of("internalComments", row.get(8)))))).toList();
        List<Facet> facets = List.of(SearchQueries.facet("status", result.aggregation(STATUS)),
                SearchQueries.facet("type", result.aggregation(TYPE)),
                SearchQueries.facet("institution", result.aggregation(INSTITUTION)),
                SearchQueries.facet("eService", result.aggregation(E_SERVICE)), SearchQueries.createdFacet(result));
        return new Hits<>(result.total().hitCount(), hits, facets);
    }

    /** Citizens by name, by phone number in any form, or by the end of their national ID; the best first. */
    public List<CitizenView> citizens(String text, int max) {
        TypedText typed = TypedText.of(text);
        if (typed.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(Citizen.class).where(f -> f.bool(b -> {
            b.should(SearchQueries.words(f, typed.words(), "fullName"));
            typed.phone().ifPresent(phone -> b.should(f.match().field("phone").matching(phone.e164().substring(1))
                    .boost(10)));
            typed.idSuffix().ifPresent(suffix -> b.should(f.match().field("idSuffix").matching(suffix).boost(5)));
        })).fetchHits(Math.min(Math.max(max, 1), 20)).stream().map(CitizenView::of).toList();
    }

    /** The words, or the number, or the phone's owners: any of them makes a match. */
    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep matching(
            SearchPredicateFactory f, TypedText typed, List<Long> phoneOwners) {
        return f.bool(b -> {
            b.should(SearchQueries.words(f, typed.words(), TICKET_TEXT));
            typed.number().ifPresent(number -> b.should(f.match().field("number").matching(number).boost(20)));
            if (!phoneOwners.isEmpty()) {
                b.should(f.terms().field("citizen.id").matchingAny(new ArrayList<Object>(phoneOwners)).boost(10));
            }
        });
    }
}
