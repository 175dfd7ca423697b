package org.hotline.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text is cut into the terms search matches, defined once for indexing and for queries. docs/SEARCH.md lists every
 * rule with an example.
 * <ul>
 * <li><b>Arabic</b> (all free text): words lower-cased (for the Latin words mixed in); every kind of digit folded to
 * 0–9; phone numbers and national IDs written in the text also indexed in one canonical form ({@link NumbersInText});
 * invisible characters removed, compatibility forms folded, ھ read as ه and the hamza seats given in their two forms
 * ({@link ScriptFolding}); Lucene's Arabic normalisation (أ إ آ → ا, ى → ي, ة → ه, tashkeel and tatweel removed)
 * and its Persian one, which reads the letters a Kurdish or Persian keyboard types for Arabic ones as those (ک → ك,
 * ی → ي; ے → ي; ۀ ہ → ه); stop words dropped; the light stem with attached pronouns ({@link ArabicLightStem}); and
 * Porter stemming, which touches only the Latin words agents mix in ("passport", "OTP"). Kurdish Sorani's own
 * letters (ە ێ ۆ ڕ ڵ ڤ) are left as they are: they tell words apart (شێر lion, شیر milk).</li>
 * <li><b>English</b>: the same tokenizer, digits and script folding, possessives dropped, Porter stemming.</li>
 * </ul>
 * Both drop the same stop words (Arabic and English): a query searches fields of both analysers at once with every
 * word required, and a word dropped by one analyser but kept by the other would then be required where it can never
 * be found.
 */
public final class TextAnalysis {

    /**
     * The version of the analysis, stored with the index: raise it whenever a change here makes different terms of the
     * same text, and every index is rebuilt by itself at the next start ({@code SearchIndexes}).
     */
    public static final int VERSION = 3;

    /**
     * The positions between two values of one field (two comments of a ticket): a quoted phrase never spans two of
     * them. OpenSearch sets the same gap for every analyser a plugin gives it, so both backends match alike.
     */
    static final int GAP_BETWEEN_VALUES = 100;

    /** The article written apart before a foreign word ("الـ OTP"): alone, it would be a word every hit must have. */
    private static final String ARTICLE_WRITTEN_ALONE = "ال";
    /**
     * Iraqi spoken prepositions with a pronoun, as callers write them (بيه: in it, فيه): as words they would meet the
     * stems of others (بيئة stems to بي as بيه does).
     */
    private static final Set<String> IRAQI_PREPOSITIONS = Set.of("بيه", "بيها", "بيهم", "بيهن");
    /**
     * Lucene's Arabic stop words in every form the folding gives them, so that they still match after it, Lucene's
     * English ones, the article written alone and the Iraqi prepositions.
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private TextAnalysis() {}

    public static Analyzer arabic() {
        return new TextAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream terms = folded(new NumbersInText(digitsFolded(new EnglishPossessiveFilter(words))), true);
                terms = new PorterStemFilter(new ArabicLightStem(new StopFilter(terms, STOP_WORDS)));
                terms = new RemoveDuplicatesTokenFilter(terms); // two spellings of a word may end in one stem
                return new TokenStreamComponents(words, terms);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalised(in);
            }
        };
    }

    public static Analyzer english() {
        return new TextAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream terms = folded(digitsFolded(new EnglishPossessiveFilter(words)), true);
                terms = new PorterStemFilter(new StopFilter(terms, STOP_WORDS));
                return new TokenStreamComponents(words, terms);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalised(in);
            }
        };
    }

    /** A normaliser: the whole text one term (see {@link #IDENTIFIER}). */
    public static Analyzer identifier() {
        return new TextAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer whole = new KeywordTokenizer();
                return new TokenStreamComponents(whole, normalised(whole));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalised(in);
            }
        };
    }

    /** Beginnings of 1 to 20 characters of every normalised word: "جوا" finds "جواز", "pass" finds "Passport". */
    public static Analyzer suggest() {
        return new TextAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(
                        words,
                        new org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter(normalised(words), 1, 20, true));
            }
        };
    }

    public static Analyzer suggestQuery() {
        return new TextAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, normalised(words));
            }
        };
    }

    /** The analysers' one way in: the text without its invisible characters ({@link WithoutInvisibles}). */
    private abstract static class TextAnalyzer extends Analyzer {

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return GAP_BETWEEN_VALUES;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new WithoutInvisibles(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new WithoutInvisibles(reader);
        }
    }

    private static TokenStream digitsFolded(TokenStream in) {
        return new DecimalDigitFilter(new LowerCaseFilter(in));
    }

    /** The letters folded; with {@code hamzaForms}, a word with hamza seats also gives its hamza form. */
    private static TokenStream folded(TokenStream in, boolean hamzaForms) {
        return new PersianNormalizationFilter(new ArabicNormalizationFilter(new ScriptFolding(in, hamzaForms)));
    }

    /** One term for one word: the lower case, the digits and the letters folded (the seat form of a hamza). */
    static TokenStream normalised(TokenStream in) {
        return folded(digitsFolded(in), false);
    }

    /** Every form the normalisation gives each stop word, so that they still match after it. */
    private static CharArraySet stopWords() {
        Set<String> out = new HashSet<>();
        Analyzer forms = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer word = new KeywordTokenizer();
                return new TokenStreamComponents(word, folded(digitsFolded(word), true));
            }
        };
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            String text = new String((char[]) word);
            try (TokenStream terms = forms.tokenStream("stop", text)) {
                CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);
                terms.reset();
                while (terms.incrementToken()) {
                    out.add(term.toString());
                }
                terms.end();
            } catch (IOException cannotHappenOnAString) {
                throw new UncheckedIOException(cannotHappenOnAString);
            }
        }
        forms.close();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> out.add(new String((char[]) word)));
        out.add(ARTICLE_WRITTEN_ALONE);
        out.addAll(IRAQI_PREPOSITIONS);
        return CharArraySet.unmodifiableSet(new CharArraySet(out, false));
    }
}
