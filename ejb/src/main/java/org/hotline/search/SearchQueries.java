package org.hotline.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.util.common.data.Range;
import org.hotline.catalog.InstitutionCode;
import org.hotline.catalog.Institutions;
import org.hotline.common.BusinessTime;
import org.hotline.common.InvalidPeriod;
import org.hotline.common.UnknownReference;

/**
 * The parts that the ticket and the complaint searches build the same way: words with every one required (and
 * "quoted phrases"), filters, the Baghdad days of a period, the order, the "created" facet, and facets read back. One definition, so that agents and officers get the same behaviour from the same typing.
 */
public final class SearchQueries {

    /** The buckets of the "created" facet; they overlap, as a user reads them: today is also this week. */
    public enum Created {
        TODAY(0),
        LAST_7_DAYS(6),
        LAST_30_DAYS(29),
        OLDER(29);

        private final int daysBack;

        Created(int daysBack) {
            this.daysBack = daysBack;
        }

        Range<Instant> range(LocalDate today) {
            Instant start =
                    today.minusDays(daysBack).atStartOfDay(BusinessTime.ZONE).toInstant();
            return this == OLDER ? Range.lessThan(start) : Range.atLeast(start);
        }
    }

    public static final AggregationKey<Map<Range<Instant>, Long>> CREATED = AggregationKey.of("created");

    private SearchQueries() {}

    /**
     * The catalogue's code of the institution a filter names, null when the filter is blank: a code that names no
     * institution is refused (400 on the {@code institution} parameter) rather than matching nothing, so that a
     * look-alike never filters differently from the code it imitates.
     */
    public static String institution(EntityManager em, String typed) {
        if (InstitutionCode.isBlank(typed)) {
            return null;
        }
        return Institutions.resolve(em, typed).orElseThrow(() -> new UnknownReference("institution", typed));
    }

    /**
     * The catalogue's code of the e-service a filter names, null when the filter is blank: typed the way institution
     * codes are ({@link InstitutionCode#canonical}: invisible characters, compatibility forms, case), and a code that
     * names no e-service refused (400 on the {@code eService} parameter) rather than matching nothing.
     */
    public static String eService(EntityManager em, String typed) {
        if (InstitutionCode.isBlank(typed)) {
            return null;
        }
        String code = InstitutionCode.canonical(typed);
        return em.createQuery("select s.code from EService s where s.code = :code", String.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(code::equals)
                .findFirst()
                .orElseThrow(() -> new UnknownReference("eService", typed));
    }

    /** Every word must be found in one of the fields; "quoted words" as a phrase; the analysers do the rest. */
    public static PredicateFinalStep words(SearchPredicateFactory f, String words, String... fields) {
        return f.simpleQueryString().fields(fields).matching(words).defaultOperator(BooleanOperator.AND);
    }

    /** A filter on one field, when the request sets it (a blank text does not filter). */
    public static void filter(
            SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            root.add(f.match().field(field).matching(value instanceof String text ? text.strip() : value));
        }
    }

    /** The period's filter on the creation time, when the request bounds it on either side. */
    public static void createdWithin(
            SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, Range<Instant> period) {
        if (period.lowerBoundValue().isPresent() || period.upperBoundValue().isPresent()) {
            root.add(f.range().field("createdAt").within(period));
        }
    }

    /** The best match first (newest among equals), or newest first when asked or when nothing was typed. */
    public static SortFinalStep order(SearchSortFactory f, SearchOrder order, TypedText typed) {
        return order == SearchOrder.NEWEST || typed.isBlank()
                ? f.field("createdAt").desc().then().score()
                : f.score().then().field("createdAt").desc();
    }

    /** The instants of a period of Baghdad days, both days included; null where open. */
    public static Range<Instant> period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidPeriod.endsBeforeItStarts(from, to);
        }
        Instant start =
                from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant end = to == null
                ? null
                : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return Range.canonical(start, end);
    }

    public static AggregationFinalStep<Map<Range<Instant>, Long>> createdFacet(
            SearchAggregationFactory f, Instant now) {
        LocalDate today = ZonedDateTime.ofInstant(now, BusinessTime.ZONE).toLocalDate();
        List<Range<Instant>> buckets = new ArrayList<>();
        for (Created bucket : Created.values()) {
            buckets.add(bucket.range(today));
        }
        return f.range().field("createdAt", Instant.class).ranges(buckets);
    }

    /** A terms facet as values and counts, the largest first (Lucene's order). */
    public static Facet facet(String name, Map<?, Long> counts) {
        return new Facet(
                name,
                counts.entrySet().stream()
                        .map(entry -> new Facet.Value(String.valueOf(entry.getKey()), entry.getValue()))
                        .toList());
    }

    /** The "created" facet in the order of {@link Created} (Lucene keeps the order the ranges were given in). */
    public static Facet createdFacet(SearchResult<?> result) {
        var counts = new ArrayList<>(result.aggregation(CREATED).values());
        List<Facet.Value> values = new ArrayList<>();
        for (Created bucket : Created.values()) {
            values.add(new Facet.Value(bucket.name(), counts.get(bucket.ordinal())));
        }
        return new Facet("created", values);
    }
}
