package org.hotline.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hotline.common.AnalyzerNames;

/** Gives the indexes the analysers of {@link TextAnalysis}, by name (persistence.xml names this configurer). */
public class HotlineAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(AnalyzerNames.ARABIC).instance(TextAnalysis.arabic());
        context.analyzer(AnalyzerNames.ENGLISH).instance(TextAnalysis.english());
        context.analyzer(AnalyzerNames.SUGGEST).instance(TextAnalysis.suggest());
        context.analyzer(AnalyzerNames.SUGGEST_QUERY).instance(TextAnalysis.suggestQuery());
        context.normalizer(AnalyzerNames.IDENTIFIER).instance(TextAnalysis.identifier());
    }
}
