package org.hotline.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.hotline.audit.AuditTrail;
import org.hotline.common.Role;
import org.hotline.search.Hits;
import org.hotline.search.IndexReads;
import org.hotline.search.Passages;
import org.hotline.search.SearchQueries;
import org.hotline.search.SearchRequest;
import org.hotline.search.TypedText;
import org.hotline.ticket.TicketNumber;

/**
 * Officers' search of complaint content, from the complaint index, which nothing else reads. An officer never finds
 * a complaint about their own institution (recusal, as everywhere on the complaint desk), and every search is
 * audited with what it showed, because its passages are readings of complaints. The complainant's identity is not in
 * the index.
 */
@Stateless
@RolesAllowed(Role.Names.OFFICER)
@Interceptors(IndexReads.class) // a lost index answers 503 search-degraded, never a 500
public class ComplaintSearch {

    private static final String[] TEXT = {"narrative", "accusedName", "accusedDescription", "office", "place"};

    private static final AggregationKey<Map<String, Long>> INSTITUTION = AggregationKey.of("institution");
    private static final AggregationKey<Map<Allegation, Long>> ALLEGATION = AggregationKey.of("allegation");
    private static final AggregationKey<Map<CaseState, Long>> STATE = AggregationKey.of("caseState");

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Hits<ComplaintHit> search(@NotNull @Valid SearchRequest request) {
        String officer = session.getCallerPrincipal().getName();
        String recusedFrom = Recusal.institutionOf(em, officer);
        TypedText typed = TypedText.of(request.text());
        Range<Instant> period = SearchQueries.period(request.from(), request.to());
        String institution = SearchQueries.institution(em, request.institution());
        String eService = SearchQueries.eService(em, request.eService());
        SearchResult<List<?>> result = Search.session(em)
                .search(Complaint.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("allegation", Allegation.class),
                                f.field("caseState", CaseState.class),
                                f.field("institution", String.class),
                                f.field("createdAt", Instant.class),
                                f.field("narrative", String.class),
                                f.field("accusedName", String.class))
                        .asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!typed.isBlank()) {
                        root.add(f.bool(b -> {
                            b.should(SearchQueries.words(f, typed.words(), TEXT));
                            typed.number()
                                    .ifPresent(n -> b.should(f.match()
                                            .field("number")
                                            .matching(n)
                                            .boost(20)));
                            b.should(f.match()
                                    .field("accusedEmployeeId")
                                    .matching(typed.words())
                                    .boost(5));
                        }));
                    }
                    if (recusedFrom != null) {
                        root.add(f.not(f.match().field("institution").matching(recusedFrom)));
                    }
                    SearchQueries.filter(f, root, "institution", institution);
                    SearchQueries.filter(f, root, "eService", eService);
                    SearchQueries.createdWithin(f, root, period);
                })
                .sort(f -> SearchQueries.order(f, request.order(), typed))
                .aggregation(
                        INSTITUTION,
                        f -> f.terms().field("institution", String.class).maxTermCount(50))
                .aggregation(ALLEGATION, f -> f.terms().field("allegation", Allegation.class))
                .aggregation(STATE, f -> f.terms().field("caseState", CaseState.class))
                .aggregation(SearchQueries.CREATED, f -> SearchQueries.createdFacet(f, clock.instant()))
                .fetch(request.page() * request.size(), request.size());
        Passages passages = Passages.forQuery(typed.words());
        List<ComplaintHit> hits = result.hits().stream()
                .map(row -> new ComplaintHit(
                        TicketNumber.forSequence((Long) row.get(0)).digits(),
                        (Allegation) row.get(1),
                        (CaseState) row.get(2),
                        (String) row.get(3),
                        (Instant) row.get(4),
                        passages.of(
                                2,
                                List.of(
                                        Passages.Field.of("narrative", row.get(5)),
                                        Passages.Field.of("accusedName", row.get(6))))))
                .toList();
        audit.record(
                officer,
                "COMPLAINT_SEARCHED",
                "complaint",
                "search",
                null,
                "text=" + java.util.Objects.toString(request.text(), "").strip()
                        + "; found " + result.total().hitCount() + "; shown "
                        + hits.stream().map(ComplaintHit::number).collect(Collectors.joining(",")));
        return new Hits<>(
                result.total().hitCount(),
                hits,
                List.of(
                        SearchQueries.facet("institution", result.aggregation(INSTITUTION)),
                        SearchQueries.facet("allegation", result.aggregation(ALLEGATION)),
                        SearchQueries.facet("caseState", result.aggregation(STATE)),
                        SearchQueries.createdFacet(result)));
    }
}
