package org.hotline.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.hibernate.search.util.common.data.Range;
import org.hotline.common.BusinessTime;

/**
 * The ticket search's total and its five facets (status, type, institution, e-service, opened), counted in one pass
 * over the matching tickets, from the index's doc values.
 *
 * <p>Hibernate Search counts each terms aggregation in a pass of its own over every match, gathering each ticket's
 * values into a hash set first (its fields may hold several values): with a fifth of a million tickets matching, those
 * four passes were most of the search's time. Here each match is visited once and each value counted in an array
 * indexed by the segment's ordinal (the doc values of one ticket hold each value once, so there is nothing to
 * deduplicate). The answer is the same: terms with at least one match, the most frequent first and the lesser term
 * first among equals, at most the facet's number of terms; the opened buckets in their order, empty ones included.
 */
final class TicketFacets {

    /** Each terms facet: its name in the answer, its index field, and how many of its terms are shown. */
    record Terms(String name, String field, int max) {}

    static final List<Terms> TERMS = List.of(
            new Terms("status", "status", 100),
            new Terms("type", "type", 100),
            new Terms("institution", "institution.code", 50),
            new Terms("eService", "eService.code", 20));
    private static final String CREATED = "createdAt";

    /** The number of tickets that matched, and the facets over them. */
    record Counted(long total, List<Facet> facets) {}

    private TicketFacets() {}

    static Counted count(IndexReader reader, Query query, Instant now) throws IOException {
        LocalDate today = ZonedDateTime.ofInstant(now, BusinessTime.ZONE).toLocalDate();
        SearchQueries.Created[] buckets = SearchQueries.Created.values();
        long[] from = new long[buckets.length];
        long[] until = new long[buckets.length]; // exclusive
        for (SearchQueries.Created bucket : buckets) {
            Range<Instant> range = bucket.range(today);
            from[bucket.ordinal()] =
                    range.lowerBoundValue().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            until[bucket.ordinal()] =
                    range.upperBoundValue().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        }
        Counter counter = new Counter(from, until);
        new IndexSearcher(reader).search(query, counter);
        counter.foldSegment();
        List<Facet> facets = new ArrayList<>();
        for (int t = 0; t < TERMS.size(); t++) {
            facets.add(new Facet(
                    TERMS.get(t).name(),
                    counter.terms.get(t).entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .limit(TERMS.get(t).max())
                            .map(entry -> new Facet.Value(entry.getKey(), entry.getValue()))
                            .toList()));
        }
        List<Facet.Value> opened = new ArrayList<>();
        for (SearchQueries.Created bucket : buckets) {
            opened.add(new Facet.Value(bucket.name(), counter.created[bucket.ordinal()]));
        }
        facets.add(new Facet("created", opened));
        return new Counted(counter.total, facets);
    }

    /** Counts every match once: the total, each terms facet by segment ordinal, the opened buckets. */
    private static final class Counter extends SimpleCollector {

        private final long[] from;
        private final long[] until;
        private final long[] created;
        private final List<Map<String, Long>> terms = new ArrayList<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[TERMS.size()];
        private final int[][] counts = new int[TERMS.size()][];
        private SortedNumericDocValues createdAt;
        private final long[] single = new long[1];
        private long total;

        Counter(long[] from, long[] until) {
            this.from = from;
            this.until = until;
            this.created = new long[from.length];
            for (int t = 0; t < TERMS.size(); t++) {
                terms.add(new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void setScorer(Scorable scorer) {
            // no scores needed
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            foldSegment();
            for (int t = 0; t < TERMS.size(); t++) {
                values[t] =
                        DocValues.getSortedSet(context.reader(), TERMS.get(t).field());
                counts[t] = new int[Math.toIntExact(values[t].getValueCount())];
            }
            createdAt = DocValues.getSortedNumeric(context.reader(), CREATED);
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int t = 0; t < values.length; t++) {
                SortedSetDocValues field = values[t];
                if (field.advanceExact(doc)) {
                    int[] count = counts[t];
                    for (int v = field.docValueCount(); v > 0; v--) {
                        count[(int) field.nextOrd()]++;
                    }
                }
            }
            if (createdAt.advanceExact(doc)) {
                int n = createdAt.docValueCount();
                long[] at = n == 1 ? single : new long[n];
                for (int v = 0; v < n; v++) {
                    at[v] = createdAt.nextValue();
                }
                for (int b = 0; b < created.length; b++) {
                    for (long value : at) { // a bucket counts a ticket once, whichever of its values falls in it
                        if (value >= from[b] && value < until[b]) {
                            created[b]++;
                            break;
                        }
                    }
                }
            }
        }

        /** The segment's counts, by ordinal, added to the terms' counts. */
        void foldSegment() throws IOException {
            for (int t = 0; t < values.length; t++) {
                if (counts[t] == null) {
                    continue;
                }
                for (int ord = 0; ord < counts[t].length; ord++) {
                    if (counts[t][ord] > 0) {
                        terms.get(t).merge(values[t].lookupOrd(ord).utf8ToString(), (long) counts[t][ord], Long::sum);
                    }
                }
                counts[t] = null;
            }
        }
    }
}
