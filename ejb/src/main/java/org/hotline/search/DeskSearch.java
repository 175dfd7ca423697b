package org.hotline.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueConvert;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.CitizenView;
import org.hotline.common.Futures;
import org.hotline.common.Role;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;

/**
 * The agents' search over tickets and citizens, from the search indexes (Lucene, or OpenSearch in a cluster), while the
 * caller waits. One search box:
 * words in Arabic or English however spelled, a ticket number with or without its check digit, a phone number in any
 * written form (the tickets of the citizen who owns it), the last four characters of a national ID. Complaints about
 * staff are not in the ticket index at all ({@code ComplaintsStayOutOfTicketSearch}), so nothing here can reveal one.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Interceptors(IndexReads.class) // a lost index answers 503 search-degraded, never a 500
public class DeskSearch {

    /** The ticket fields words are looked for in. */
    static final String[] TICKET_TEXT = {
        "subject",
        "description",
        "publicComments",
        "internalComments",
        "eService.nameAr",
        "eService.nameEn",
        "citizen.fullName"
    };

    private static final int SNIPPETS = 3;
    private static final int CITIZENS_PER_PHONE = 20;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    public Hits<TicketHit> tickets(@NotNull @Valid SearchRequest request) {
        SearchSession search = Search.session(em);
        TypedText typed = TypedText.of(request.text());
        List<Long> phoneOwners = typed.phone()
                .map(phone -> search.search(Citizen.class)
                        .select(f -> f.id(Long.class))
                        .where(f ->
                                f.match().field("phone").matching(phone.e164().substring(1)))
                        .fetchHits(CITIZENS_PER_PHONE))
                .orElse(List.of());
        TicketMatch matching = new TicketMatch(
                typed,
                phoneOwners,
                request,
                SearchQueries.institution(em, request.institution()),
                SearchQueries.eService(em, request.eService()),
                SearchQueries.period(request.from(), request.to()));
        return OpenSearchBackend.inUse() ? onOpenSearch(search, matching) : onLucene(search, matching);
    }

    private Hits<TicketHit> onLucene(SearchSession search, TicketMatch matching) {
        Query query = matching.query(Search.mapping(em.getEntityManagerFactory())
                .indexedEntity(Ticket.class)
                .indexManager()
                .unwrap(LuceneIndexManager.class)
                .searchAnalyzer());
        SearchRequest request = matching.request();
        int offset = request.page() * request.size();
        Instant now = clock.instant();
        IndexReader reader =
                search.scope(Ticket.class).extension(LuceneExtension.get()).openIndexReader();
        Future<TicketFacets.Counted> counting = executor.submit(() -> TicketFacets.count(reader, query, now));
        try {
            SearchResult<List<?>> result = hits(
                            search,
                            matching,
                            f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query))
                    .totalHitCountThreshold(offset + request.size())
                    .fetch(offset, request.size());
            TicketFacets.Counted counted = Futures.join(counting);
            return new Hits<>(counted.total(), page(result, matching.typed()), counted.facets());
        } finally {
            // the reader is read there until the count ends; not cancelled, since a cancelled task counts as done
            // while it may still be reading
            Futures.awaitQuietly(counting);
            close(reader);
        }
    }

    /**
     * The same search on OpenSearch: the engine counts the total and the facets with the page, in one request, by its
     * own aggregations (the facets of {@link TicketFacets#TERMS}, in the same order: the most frequent first, the
     * lesser term among equals).
     */
    private Hits<TicketHit> onOpenSearch(SearchSession search, TicketMatch matching) {
        SearchRequest request = matching.request();
        List<AggregationKey<Map<String, Long>>> keys = TicketFacets.TERMS.stream()
                .map(terms -> AggregationKey.<Map<String, Long>>of(terms.name()))
                .toList();
        SearchQueryOptionsStep<?, List<?>, ?, ?, ?> query = hits(search, matching, matching::predicate)
                .aggregation(SearchQueries.CREATED, f -> SearchQueries.createdFacet(f, clock.instant()));
        for (int t = 0; t < keys.size(); t++) {
            TicketFacets.Terms terms = TicketFacets.TERMS.get(t);
            query = query.aggregation(
                    keys.get(t),
                    f -> f.terms()
                            .field(terms.field(), String.class, ValueConvert.NO)
                            .maxTermCount(terms.max()));
        }
        SearchResult<List<?>> result = query.fetch(request.page() * request.size(), request.size());
        List<Facet> facets = new ArrayList<>();
        for (int t = 0; t < keys.size(); t++) {
            facets.add(SearchQueries.facet(TicketFacets.TERMS.get(t).name(), result.aggregation(keys.get(t))));
        }
        facets.add(SearchQueries.createdFacet(result));
        return new Hits<>(result.total().hitCount(), page(result, matching.typed()), facets);
    }

    /**
     * The hits' query, ordered, with the fields a hit shows. On Lucene the total and the facets are counted over the
     * same matches on the managed executor ({@link TicketFacets}), so the page need not visit every match (Lucene may
     * skip those that cannot make it); the page is the same.
     */
    private static SearchQueryOptionsStep<?, List<?>, ?, ?, ?> hits(
            SearchSession search,
            TicketMatch matching,
            Function<? super SearchPredicateFactory, ? extends PredicateFinalStep> where) {
        return search.search(Ticket.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("subject", String.class),
                                f.field("type", TicketType.class),
                                f.field("status", TicketStatus.class),
                                f.field("createdAt", Instant.class),
                                f.field("eService.code", String.class),
                                f.field("description", String.class),
                                f.field("publicComments", String.class).multi(),
                                f.field("internalComments", String.class).multi())
                        .asList())
                .where(where)
                .sort(f -> SearchQueries.order(f, matching.request().order(), matching.typed()));
    }

    private static List<TicketHit> page(SearchResult<List<?>> result, TypedText typed) {
        Passages passages = Passages.forQuery(typed.words());
        return result.hits().stream()
                .map(row -> new TicketHit(
                        TicketNumber.forSequence((Long) row.get(0)).digits(),
                        (String) row.get(1),
                        (TicketType) row.get(2),
                        (TicketStatus) row.get(3),
                        (Instant) row.get(4),
                        (String) row.get(5),
                        passages.of(
                                SNIPPETS,
                                List.of(
                                        Passages.Field.of("subject", row.get(1)),
                                        Passages.Field.of("description", row.get(6)),
                                        Passages.Field.of("publicComments", row.get(7)),
                                        Passages.Field.of("internalComments", row.get(8))))))
                .toList();
    }

    private static void close(IndexReader reader) {
        try {
            reader.close();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Citizens by name, by phone number in any form, or by the end of their national ID; the best first. */
    public List<CitizenView> citizens(String text, int max) {
        TypedText typed = TypedText.of(text);
        if (typed.isBlank()) {
            return List.of();
        }
        return Search.session(em)
                .search(Citizen.class)
                .where(f -> f.bool(b -> {
                    b.should(SearchQueries.words(f, typed.words(), "fullName"));
                    typed.phone()
                            .ifPresent(phone -> b.should(f.match()
                                    .field("phone")
                                    .matching(phone.e164().substring(1))
                                    .boost(10)));
                    typed.idSuffix()
                            .ifPresent(suffix -> b.should(
                                    f.match().field("idSuffix").matching(suffix).boost(5)));
                }))
                .fetchHits(Math.min(Math.max(max, 1), 20))
                .stream()
                .map(CitizenView::of)
                .toList();
    }
}
