package org.hotline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.hotline.search.TextAnalysis;
import org.hotline.search.TypedText;

/**
 * The baseline of the search API: Lucene alone, in the benchmark's own process, on the application's own ticket index
 * (the folder Hibernate Search writes, opened read-only, which takes no lock). The query is the one the application
 * builds for the words typed: the simple query syntax over the ticket's text fields with every word required, each
 * field analysed by the application's own analyser ({@link TextAnalysis}), so the terms are the same; with the status
 * filter when the query has one. Its answer is what the API's ticket part needs from the index at the least: the
 * best 20 (newest among equals, the application's order), the exact number of matches, and the 20 hits' stored
 * fields. No facets, no passages, no side searches, no HTTP.
 */
final class LuceneAlone implements AutoCloseable {

    /** The application's {@code DeskSearch.TICKET_TEXT}, and each field's analyser as the entities declare it. */
    private static final String[] TICKET_TEXT = {
        "subject",
        "description",
        "publicComments",
        "internalComments",
        "eService.nameAr",
        "eService.nameEn",
        "citizen.fullName"
    };
    /** The best first, the newest among equals ({@code createdAt} is the epoch milliseconds, as Hibernate Search keeps it). */
    private static final Sort ORDER =
            new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("createdAt", SortField.Type.LONG, true));

    private static final int PAGE = 20;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SimpleQueryParser parser;

    /** @param indexRoot the application's {@code HOTLINE_INDEX_DIR}, whose {@code ticket} folder is opened */
    LuceneAlone(Path indexRoot) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(indexRoot.resolve("ticket")));
        searcher = new IndexSearcher(reader);
        Analyzer english = TextAnalysis.english();
        Analyzer text = new PerFieldAnalyzerWrapper(TextAnalysis.arabic(), Map.of("eService.nameEn", english));
        Map<String, Float> fields = new LinkedHashMap<>();
        for (String field : TICKET_TEXT) {
            fields.put(field, 1f);
        }
        parser = new SimpleQueryParser(text, fields);
        parser.setDefaultOperator(Occur.MUST);
    }

    /** The query of these words as typed (read as the application reads them), with a status filter when not null. */
    Query query(String typed, String status) {
        BooleanQuery.Builder query =
                new BooleanQuery.Builder().add(parser.parse(TypedText.of(typed).words()), Occur.MUST);
        if (status != null) {
            query.add(new TermQuery(new Term("status", status)), Occur.FILTER);
        }
        return query.build();
    }

    /** One search as the API's ticket part makes it: the first page, the exact total, the page's stored fields. */
    long search(Query query) throws IOException {
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(ORDER, PAGE, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc);
        }
        return top.totalHits.value;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
