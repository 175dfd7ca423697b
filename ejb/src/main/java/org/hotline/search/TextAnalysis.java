package org.hotline.search;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text is cut into the terms search matches, defined once for indexing and for queries.
 * <ul>
 * <li><b>Arabic</b>: words lower-cased (for the Latin words mixed in), every kind of digit folded to 0–9
 * (Arabic-Indic ٠–٩ and Eastern Arabic-Indic ۰–۹ alike), then Arabic normalised: the hamza forms of alef (أ إ آ) to
 * ا, alef maqsura (ى) to ي, taa marbuta (ة) to ه, diacritics (tashkeel) and tatweel removed; stop words dropped; and a
 * light stem (the article ال and the common prefixes and suffixes taken off). So "جَوازُ السَّفَر", "جواز السفر" and
 * "الجـــواز" meet, and a caller typing without hamza finds the ticket written with it. The English words that agents
 * mix into Arabic notes ("passport", "OTP") are Porter-stemmed too, so one analyser serves the mixed free text of
 * tickets and complaints.</li>
 * <li><b>English</b>: the same tokenizer, digits and Arabic normalisation, possessives dropped, Porter stemming.</li>
 * </ul>
 * Both drop the same stop words (Arabic and English): a query searches fields of both analysers at once with every
 * word required, and a word dropped by one analyser but kept by the other would then be required where it can never
 * be found.
 */
public final class TextAnalysis {

    public static final String ARABIC = "arabic";
    public static final String ENGLISH = "english";
    /** Type-ahead: every word's beginnings indexed (edge n-grams), in any of the three languages. */
    public static final String SUGGEST = "suggest";
    /** The query side of type-ahead: the words typed, normalised, not cut. */
    public static final String SUGGEST_QUERY = "suggest_query";

    /**
     * Lucene's Arabic stop words, normalised the way the text is so that they still match after normalisation, and
     * Lucene's English ones.
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private TextAnalysis() {
    }

    public static Analyzer arabic() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream terms = new PorterStemFilter(
                        new ArabicStemFilter(new StopFilter(arabicNormalised(words), STOP_WORDS)));
                return new TokenStreamComponents(words, terms);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return arabicNormalised(in);
            }
        };
    }

    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream terms = arabicNormalised(new EnglishPossessiveFilter(words));
                terms = new PorterStemFilter(new StopFilter(terms, STOP_WORDS));
                return new TokenStreamComponents(words, terms);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return arabicNormalised(in);
            }
        };
    }

    /** Beginnings of 1 to 20 characters of every normalised word: "جوا" finds "جواز", "pass" finds "Passport". */
    public static Analyzer suggest() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words,
                        new org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter(arabicNormalised(words), 1, 20, true));
            }
        };
    }

    public static Analyzer suggestQuery() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, arabicNormalised(words));
            }
        };
    }

    private static TokenStream arabicNormalised(TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    private static CharArraySet stopWords() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Set<String> out = ArabicAnalyzer.getDefaultStopSet().stream().map(word -> {
            char[] chars = (char[]) word;
            return new String(chars, 0, normalizer.normalize(chars, chars.length));
        }).collect(Collectors.toSet());
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> out.add(new String((char[]) word)));
        return CharArraySet.unmodifiableSet(new CharArraySet(out, false));
    }
}
