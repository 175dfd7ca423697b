package org.hotline.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Lucene's light Arabic stemmer (the article and the common prefixes and suffixes taken off), and beside it, at the
 * same position, the stem of the word without an attached pronoun, and the stems of a word whose first letter و Lucene
 * took for the conjunction (وثيقة, وقتك: Lucene makes ثيق of وثيقة but وثيق of الوثيقة). Lucene already takes off ي, ه and ها; citizens and
 * agents also write possessives it leaves alone: هويتي (my identity card) for الهوية, معاملتك (your transaction),
 * طلبكم (your request), بطاقتنا. Two rules, applied to the word after its prefixes:
 * <ul>
 * <li>a pronoun (ي ك ه ها نا كم كن هم هن كما هما) after a taa that stood for taa marbuta: the taa becomes marbuta
 * again (هويتي → هوية, سيارته → سيارة), when at least three letters come before the taa; with fewer the taa is the
 * word's own (بيتي, وقتك, صوتكم keep it); after the plural ات the plural is kept (معاملاتي → معاملات);</li>
 * <li>a pronoun (ك كم كن كما هم هن هما نا, and ي and ه again, since Lucene takes them off only after its other
 * suffixes: عنواني must meet عنوان) after any other letter, when at
 * least three letters remain: طلبك → طلب, رقمكم → رقم; but not after a long vowel (ا و ي), where nouns and
 * adverbs end in those letters (اشتراك, سلوك, تحريك, محاكم, تفاهم, احيانا), nor ك after ر, the end of many
 * participles (مشترك, مبارك, مدرك).</li>
 * </ul>
 * Both forms are indexed and both are looked for, so the word's own stem keeps every word that merely ends in those
 * letters findable as itself; the extra stem can only add a match. {@code TextAnalysisTest} measures both sides: the
 * possessives that find their plain word, and the real words that would merge with another by mistake.
 */
final class ArabicLightStem extends TokenFilter {

    private static final char TEH = '\u062A';
    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char REH = '\u0631';
    /** Taa marbuta as the normaliser left it: heh. */
    private static final char HEH = '\u0647';
    private static final char[][] AFTER_TAA = pronouns("كما", "هما", "ها", "نا", "كم", "كن", "هم", "هن", "ي", "ك", "ه");
    private static final char[][] AFTER_ANY = pronouns("كما", "هما", "نا", "كم", "كن", "هم", "هن", "ك", "ي", "ه");
    /** The last letters of the pronouns above. */
    private static final String PRONOUN_ENDINGS = "يكهامن";
    private static final int FEWEST_BEFORE_TAA = 3;
    private static final int FEWEST_REMAINING = 3;
    private static final int FEWEST_AFTER_PREPOSITION = 4;
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';

    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<AttributeSource.State> others = new ArrayDeque<>();

    ArabicLightStem(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!others.isEmpty()) {
            restoreState(others.poll());
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char first = term.length() == 0 ? ' ' : term.charAt(0);
        if (first != WAW && first != BEH && first != LAM) { // most words: no copy unless a pronoun is attached
            char[] word = term.buffer();
            int afterPrefix = stemmer.stemPrefix(word, term.length());
            char[] plain = withoutPronoun(word, afterPrefix);
            term.setLength(stemmer.stemSuffix(word, afterPrefix));
            if (plain != null) {
                alsoAtThisPlace(List.of(new String(plain, 0, stemmer.stemSuffix(plain, plain.length))));
            }
            return true;
        }
        List<String> stems = new ArrayList<>(stems(term.toString()));
        term.setEmpty().append(stems.get(0));
        alsoAtThisPlace(stems.subList(1, stems.size()));
        return true;
    }

    /** Gives the other stems after this one, at the same position; a stem equal to this one is not given again. */
    private void alsoAtThisPlace(List<String> stems) {
        String own = term.toString();
        int position = increment.getPositionIncrement();
        for (String stem : stems) {
            if (!stem.equals(own)) {
                term.setEmpty().append(stem);
                increment.setPositionIncrement(0);
                others.add(captureState());
            }
        }
        term.setEmpty().append(own);
        increment.setPositionIncrement(position);
    }

    /**
     * Lucene's stem first, then the others: without the attached pronoun; and, when Lucene took a lone و off the front
     * (the conjunction, or the word's first letter: وثيقة, وقت), the stems of the word with it kept.
     */
    private Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        char[] chars = word.toCharArray();
        int afterPrefix = stemmer.stemPrefix(chars, chars.length);
        addStems(stems, Arrays.copyOf(chars, afterPrefix));
        if (chars.length - afterPrefix == 1 && word.charAt(0) == WAW) {
            addStems(stems, word.toCharArray());
        }
        if (afterPrefix == word.length() && (word.charAt(0) == BEH || word.charAt(0) == LAM)
                && word.length() - 1 >= FEWEST_AFTER_PREPOSITION) {
            addStems(stems, word.substring(1).toCharArray());
        }
        return stems;
    }

    private void addStems(Set<String> stems, char[] word) {
        char[] plain = withoutPronoun(word, word.length);
        stems.add(new String(word, 0, stemmer.stemSuffix(word, word.length)));
        if (plain != null) {
            stems.add(new String(plain, 0, stemmer.stemSuffix(plain, plain.length)));
        }
    }

    /**
     * The word (its first {@code length} letters) without its attached pronoun, taa marbuta restored, or null when it
     * has none by the rules above.
     */
    static char[] withoutPronoun(char[] word, int length) {
        if (length == 0 || PRONOUN_ENDINGS.indexOf(word[length - 1]) < 0) {
            return null; // most words: the test that costs least first
        }
        for (char[] pronoun : AFTER_TAA) {
            int rest = length - pronoun.length;
            if (endsWith(word, length, pronoun) && rest - 1 >= FEWEST_BEFORE_TAA && word[rest - 1] == TEH) {
                if (word[rest - 2] == ALEF) {
                    return Arrays.copyOf(word, rest); // the plural ات kept
                }
                char[] marbuta = Arrays.copyOf(word, rest);
                marbuta[rest - 1] = HEH;
                return marbuta;
            }
        }
        for (char[] pronoun : AFTER_ANY) {
            int rest = length - pronoun.length;
            if (endsWith(word, length, pronoun) && rest >= FEWEST_REMAINING
                    && (word[rest - 1] != TEH || rest - 1 < FEWEST_BEFORE_TAA)
                    && !isLongVowel(word[rest - 1]) && !(pronoun.length == 1 && word[rest - 1] == REH)) {
                return Arrays.copyOf(word, rest);
            }
        }
        return null;
    }

    private static boolean isLongVowel(char letter) {
        return letter == ALEF || letter == WAW || letter == YEH;
    }

    private static boolean endsWith(char[] word, int length, char[] suffix) {
        return length > suffix.length
                && Arrays.equals(word, length - suffix.length, length, suffix, 0, suffix.length);
    }

    private static char[][] pronouns(String... pronouns) {
        return Arrays.stream(pronouns).map(String::toCharArray).toArray(char[][]::new);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        others.clear();
    }
}
