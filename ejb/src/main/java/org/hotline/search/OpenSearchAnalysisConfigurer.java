package org.hotline.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hotline.common.AnalyzerNames;

/**
 * Gives the OpenSearch indexes the analysers of {@link TextAnalysis}, by the names of the analysis plugin built from
 * the same sources (scripts/opensearch), so that a text is cut into the same terms whichever backend indexes it. Named
 * by {@link OpenSearchBackend}.
 */
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(AnalyzerNames.ARABIC).type("hotline_arabic");
        context.analyzer(AnalyzerNames.ENGLISH).type("hotline_english");
        context.analyzer(AnalyzerNames.SUGGEST).type("hotline_suggest");
        context.analyzer(AnalyzerNames.SUGGEST_QUERY).type("hotline_suggest_query");
        context.normalizer(AnalyzerNames.IDENTIFIER)
                .custom()
                .charFilters("hotline_invisibles")
                .tokenFilters("hotline_identifier");
    }
}
