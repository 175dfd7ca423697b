package org.hotline.search;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@link TextAnalysis#normalised} as a token filter: the identifier normaliser's folding (lower case, every kind of
 * digit, compatibility forms, the Arabic and Persian letters), which one term in gives one term out, as a normaliser
 * needs.
 */
final class OpenSearchAnalysisIdentifier extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    OpenSearchAnalysisIdentifier(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return TextAnalysis.normalised(tokenStream);
    }
}
