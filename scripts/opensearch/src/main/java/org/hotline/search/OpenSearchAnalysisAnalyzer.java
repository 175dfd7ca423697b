package org.hotline.search;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * One of {@link TextAnalysis}'s analysers as an index's analyser. It takes no options: the analysis is the
 * application's, whole.
 *
 * <p>Each index gets an analyser of its own, because OpenSearch closes an index's analysers with the index.
 */
final class OpenSearchAnalysisAnalyzer extends AbstractIndexAnalyzerProvider<Analyzer> {

    private final Analyzer analyzer;

    OpenSearchAnalysisAnalyzer(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
        super(indexSettings, name, settings);
        this.analyzer = analyzer;
    }

    @Override
    public Analyzer get() {
        return analyzer;
    }
}
