package org.hotline.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The search's relevance on the relevance sets ({@link RelevanceSet}), with Lucene alone: the tickets' subject and
 * description indexed with {@link TextAnalysis#arabic()}, every query read as {@code DeskSearch} reads the words
 * ({@link TypedText}, then the simple query syntax over both fields with every word required, as Hibernate Search's
 * {@code simpleQueryString} builds it), BM25, the best ten, the newest first among equal scores. Prints recall@10,
 * the share of expected tickets found and MRR per class of query, and the queries that went wrong with what came first
 * instead.
 */
class RelevanceTest {

    private static final Analyzer ARABIC = TextAnalysis.arabic();

    @Test
    void theOldTestsQueriesRankNoWorseThanBefore() throws IOException {
        RelevanceSet.Report report = run(RelevanceSet.old());
        assertTrue(
                report.overall().mrr() >= RelevanceSet.OLD_MRR_MIN,
                "the old set's MRR fell below " + RelevanceSet.OLD_MRR_MIN + ":\n" + report.table()
                        + report.missList());
    }

    @Test
    void theNewSetFindsTheTicketAgentsLookFor() throws IOException {
        RelevanceSet.Report report = run(RelevanceSet.current());
        assertTrue(
                report.overall().recall() >= RelevanceSet.NEW_RECALL_MIN,
                "the new set's recall@10 is below " + Math.round(100 * RelevanceSet.NEW_RECALL_MIN) + " %:\n"
                        + report.table());
    }

    /** Indexes the set's tickets, runs its queries, prints the figures and the misses. */
    static RelevanceSet.Report run(RelevanceSet set) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ARABIC))) {
                int order = 0;
                for (RelevanceSet.Document ticket : set.documents()) {
                    Document document = new Document();
                    document.add(new StoredField("id", ticket.id()));
                    document.add(new TextField("subject", ticket.subject(), Field.Store.NO));
                    document.add(new TextField("description", ticket.description(), Field.Store.NO));
                    document.add(new NumericDocValuesField("created", order++));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                RelevanceSet.Report report = set.score(query -> search(searcher, query.text()));
                System.out.println(report.table());
                System.out.println(report.missList());
                return report;
            }
        }
    }

    /** The ids of the best ten tickets for what was typed, as {@code DeskSearch} matches and orders the words. */
    private static List<String> search(IndexSearcher searcher, String typed) {
        SimpleQueryParser parser = new SimpleQueryParser(ARABIC, Map.of("subject", 1f, "description", 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(TypedText.of(typed).words());
        if (query == null) {
            return List.of();
        }
        try {
            Sort bestThenNewest = new Sort(SortField.FIELD_SCORE, new SortField("created", SortField.Type.INT, true));
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, RelevanceSet.TOP, bestThenNewest).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
