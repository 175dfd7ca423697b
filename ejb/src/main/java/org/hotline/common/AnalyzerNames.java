package org.hotline.common;

/**
 * The names of the search analysers, as entity mappings name them in their {@code @FullTextField} annotations. They live
 * here, apart from the analysis itself ({@code org.hotline.search.TextAnalysis}, which defines what each does), so that
 * an entity can name its analyser without its package depending on the search package that searches it.
 */
public final class AnalyzerNames {

    public static final String ARABIC = "arabic";
    public static final String ENGLISH = "english";
    /** Type-ahead: every word's beginnings indexed (edge n-grams), in any of the three languages. */
    public static final String SUGGEST = "suggest";
    /** The query side of type-ahead: the words typed, normalised, not cut. */
    public static final String SUGGEST_QUERY = "suggest_query";

    /**
     * An identifier typed by people (an accused employee's number): compared whole, in lower case, without invisible
     * characters, with compatibility forms and every kind of digit folded, so {@code emp-778899}, {@code ＥＭＰ-７７８８９９}
     * and {@code EMP-778899} are one.
     */
    public static final String IDENTIFIER = "identifier";

    private AnalyzerNames() {}
}
