package org.hotline.search;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The application's text analysis ({@link TextAnalysis}) on an OpenSearch node, so that the Elasticsearch backend of
 * Hibernate Search indexes and queries the same terms as the Lucene backend. The application declares, in each index's
 * settings, its analysers by type ({@code "arabic": {"type": "hotline_arabic"}}) and its identifier normaliser as
 * custom ({@code "char_filter": ["hotline_invisibles"], "filter": ["hotline_identifier"]}).
 */
public class HotlineAnalysisPlugin extends Plugin implements AnalysisPlugin {

    public static final String ARABIC = "hotline_arabic";
    public static final String ENGLISH = "hotline_english";
    public static final String SUGGEST = "hotline_suggest";
    public static final String SUGGEST_QUERY = "hotline_suggest_query";
    /** The identifier normaliser's char filter: the text without its invisible characters. */
    public static final String INVISIBLES = "hotline_invisibles";
    /** The identifier normaliser's token filter: lower case, digits and letters folded. */
    public static final String IDENTIFIER = "hotline_identifier";

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                ARABIC, analyzer(TextAnalysis::arabic),
                ENGLISH, analyzer(TextAnalysis::english),
                SUGGEST, analyzer(TextAnalysis::suggest),
                SUGGEST_QUERY, analyzer(TextAnalysis::suggestQuery));
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of(INVISIBLES, OpenSearchAnalysisInvisibles::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(IDENTIFIER, OpenSearchAnalysisIdentifier::new);
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Supplier<Analyzer> analysis) {
        return (indexSettings, environment, name, settings) ->
                new OpenSearchAnalysisAnalyzer(indexSettings, name, settings, analysis.get());
    }
}
