package org.hotline.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;

/**
 * Which tickets a desk search matches, as one Lucene query, so that the page of hits (through Hibernate Search) and
 * the total and facets ({@link TicketFacets}) are counted over the very same matches. What it asks is what the
 * search has always asked:
 * <ul>
 * <li>the words typed, every one required in one of the ticket's text fields ("quoted words" as a phrase): the simple
 * query syntax, each field analysed by the index's own search analyser, as Hibernate Search's
 * {@code simpleQueryString} does;</li>
 * <li>or the ticket's number (boosted 20), or one of the tickets of the phone number's owners (boosted 10);</li>
 * <li>and each filter the request sets: status, type, institution and e-service (the index's terms: the enum's name,
 * the catalogue's code, as {@link SearchQueries} resolved it), the period as the creation time in epoch
 * milliseconds, its end excluded.</li>
 * </ul>
 * The filters select without scoring, so the order among the hits is the words' relevance alone, as before.
 *
 * <p>On OpenSearch ({@link OpenSearchBackend}) the same question is asked through Hibernate Search's predicates
 * ({@link #predicate}), clause for clause, since a Lucene query cannot be sent there: the two forms must stay alike.
 */
record TicketMatch(
        TypedText typed,
        List<Long> phoneOwners,
        SearchRequest request,
        String institution,
        String eService,
        Range<Instant> period) {

    /** As one Lucene query, each text field analysed by the index's search analyser. */
    Query query(Analyzer searchAnalyzer) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        if (typed.isBlank()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(words(typed.words(), searchAnalyzer), Occur.SHOULD);
            typed.number()
                    .ifPresent(number ->
                            any.add(new BoostQuery(new TermQuery(new Term("number", number)), 20), Occur.SHOULD));
            if (!phoneOwners.isEmpty()) {
                any.add(new BoostQuery(LongPoint.newSetQuery("citizen.id", phoneOwners), 10), Occur.SHOULD);
            }
            root.add(any.build(), Occur.MUST);
        }
        filter(
                root,
                "status",
                request.status() == null ? null : request.status().name());
        filter(root, "type", request.type() == null ? null : request.type().name());
        filter(root, "institution.code", institution);
        filter(root, "eService.code", eService);
        Long from = period.lowerBoundValue().map(Instant::toEpochMilli).orElse(null);
        Long until = period.upperBoundValue().map(Instant::toEpochMilli).orElse(null);
        if (from != null || until != null) {
            root.add(
                    LongPoint.newRangeQuery(
                            "createdAt",
                            from == null ? Long.MIN_VALUE : from,
                            until == null ? Long.MAX_VALUE : until - 1),
                    Occur.FILTER);
        }
        return root.build();
    }

    /** As Hibernate Search's predicate, for a backend that is not this server's Lucene. */
    PredicateFinalStep predicate(SearchPredicateFactory f) {
        BooleanPredicateClausesStep<?> root = f.bool();
        if (typed.isBlank()) {
            root.must(f.matchAll());
        } else {
            BooleanPredicateClausesStep<?> any = f.bool();
            any.should(SearchQueries.words(f, typed.words(), DeskSearch.TICKET_TEXT));
            typed.number()
                    .ifPresent(number -> any.should(
                            f.match().field("number").matching(number).boost(20)));
            if (!phoneOwners.isEmpty()) {
                any.should(
                        f.terms().field("citizen.id").matchingAny(phoneOwners).boost(10));
            }
            root.must(any);
        }
        if (request.status() != null) {
            root.filter(f.match().field("status").matching(request.status()));
        }
        if (request.type() != null) {
            root.filter(f.match().field("type").matching(request.type()));
        }
        if (institution != null && !institution.isBlank()) {
            root.filter(f.match().field("institution.code").matching(institution));
        }
        if (eService != null && !eService.isBlank()) {
            root.filter(f.match().field("eService.code").matching(eService));
        }
        if (period.lowerBoundValue().isPresent() || period.upperBoundValue().isPresent()) {
            root.filter(f.range().field("createdAt").within(period));
        }
        return root;
    }

    /** Every word required in one of the fields, as {@link SearchQueries#words} asks Hibernate Search. */
    private static Query words(String words, Analyzer searchAnalyzer) {
        Map<String, Float> fields = new LinkedHashMap<>();
        for (String field : DeskSearch.TICKET_TEXT) {
            fields.put(field, 1f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(searchAnalyzer, fields);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(words);
    }

    private static void filter(BooleanQuery.Builder root, String field, String value) {
        if (value != null && !value.isBlank()) {
            root.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
