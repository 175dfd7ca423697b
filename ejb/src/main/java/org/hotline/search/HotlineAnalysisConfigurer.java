package org.hotline.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Gives the indexes the analysers of {@link TextAnalysis}, by name (persistence.xml names this configurer). */
public class HotlineAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TextAnalysis.ARABIC).instance(TextAnalysis.arabic());
        context.analyzer(TextAnalysis.ENGLISH).instance(TextAnalysis.english());
        context.analyzer(TextAnalysis.SUGGEST).instance(TextAnalysis.suggest());
        context.analyzer(TextAnalysis.SUGGEST_QUERY).instance(TextAnalysis.suggestQuery());
        context.normalizer(TextAnalysis.IDENTIFIER).instance(TextAnalysis.identifier());
    }
}
