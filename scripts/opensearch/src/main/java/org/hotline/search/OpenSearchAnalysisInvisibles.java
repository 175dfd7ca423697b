package org.hotline.search;

import java.io.Reader;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;

/**
 * {@link WithoutInvisibles} as a char filter, the first step of the identifier normaliser as {@link TextAnalysis}'s
 * analysers all have it. A normaliser accepts only char filters that say they may normalise: this one works on
 * characters alone, never on words.
 */
final class OpenSearchAnalysisInvisibles extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {

    OpenSearchAnalysisInvisibles(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name);
    }

    @Override
    public Reader create(Reader reader) {
        return new WithoutInvisibles(reader);
    }
}
