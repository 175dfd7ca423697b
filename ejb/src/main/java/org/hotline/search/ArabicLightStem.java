package org.hotline.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's light Arabic stemmer (the article and the common prefixes and suffixes taken off), and beside it, at the
 * same position, the stems of the same word read other ways ({@link #stems}): without an attached pronoun; with a
 * first letter و that Lucene took for the conjunction (Lucene makes ثيق of وثيقة but وثيق of الوثيقة); without a ب or
 * ل before a word without the article; without the spoken negation ما joined to a verb. Kurdish words are left as
 * written. Lucene already takes off ي, ه and ها; citizens and agents also write possessives it leaves alone: هويتي
 * (my identity card) for الهوية, معاملتك (your transaction), طلبكم (your request), بطاقتنا. Two rules, applied to the
 * word after its prefixes:
 * <ul>
 * <li>a pronoun (ي ك ه ها نا كم كن هم هن كما هما) after a taa that stood for taa marbuta: the taa becomes marbuta
 * again (هويتي → هوية, سيارته → سيارة), when at least three letters come before the taa; with fewer the taa is the
 * word's own (بيتي, وقتك, صوتكم keep it); after the plural ات the plural is kept (معاملاتي → معاملات);</li>
 * <li>a pronoun (ك كم كن كما هم هن هما نا, and ي and ه again, since Lucene takes them off only after its other
 * suffixes: عنواني must meet عنوان) after any other letter, when at least three letters remain: طلبك → طلب,
 * رقمكم → رقم; but not after a long vowel (ا و ي), where nouns and adverbs end in those letters (اشتراك, سلوك,
 * تحريك, محاكم, تفاهم, احيانا), nor ك after ر, ل, س or م, where participles and verbs end in a ك of their own
 * (مشترك, مستهلك, تملك, تمسك, منهمك).</li>
 * </ul>
 * Every form is indexed and looked for, so the word's own stem keeps every word that merely ends in those letters
 * findable as itself; an extra stem can only add a match. {@code TextAnalysisTest} measures both sides: the possessives
 * that find their plain word, and the real words that would merge with another by mistake.
 */
final class ArabicLightStem extends SamePlaceForms {

    private static final char TEH = '\u062A';
    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char KAF = '\u0643';
    /** Taa marbuta as the normaliser left it: heh. */
    private static final char HEH = '\u0647';

    private static final char[][] AFTER_TAA = pronouns("كما", "هما", "ها", "نا", "كم", "كن", "هم", "هن", "ي", "ك", "ه");
    private static final char[][] AFTER_ANY = pronouns("كما", "هما", "نا", "كم", "كن", "هم", "هن", "ك", "ي", "ه");
    private static final String NEGATION = "ما";
    /** The letters a present-tense verb begins with: ي ت ن ا. */
    private static final String PRESENT_TENSE_PREFIXES = "يتنا";
    /** Letters only Sorani writes: ە ێ ۆ ڕ ڵ ڤ. */
    private static final String SORANI_LETTERS = "\u06D5\u06CE\u06C6\u0695\u06B5\u06A4";

    private static final char YEH_HAMZA = '\u0626';
    /** Letters before which a final ك is the word's own: participles and verbs (مشترك, مستهلك, تمسك, منهمك). */
    private static final String BEFORE_OWN_KAF = "رلسم";
    /** The last letters of the pronouns above. */
    private static final String PRONOUN_ENDINGS = "يكهامن";

    private static final int FEWEST_BEFORE_TAA = 3;
    private static final int FEWEST_REMAINING = 3;
    private static final int FEWEST_AFTER_PREPOSITION = 4;
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';

    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ArabicLightStem(TokenStream in) {
        super(in);
    }

    @Override
    protected void read() {
        if (keyword.isKeyword() || term.length() == 0 || isKurdish()) {
            return;
        }
        char first = term.charAt(0);
        if (first != WAW && first != BEH && first != LAM && !negatedVerb(term)) { // most words: no copy
            char[] word = term.buffer();
            int afterPrefix = stemmer.stemPrefix(word, term.length());
            char[] plain = withoutPronoun(word, afterPrefix);
            term.setLength(stemmer.stemSuffix(word, afterPrefix));
            if (plain != null) {
                alsoAtThisPlace(List.of(new String(plain, 0, stemmer.stemSuffix(plain, plain.length))));
            }
            return;
        }
        List<String> stems = new ArrayList<>(stems(term.toString()));
        term.setEmpty().append(stems.get(0));
        alsoAtThisPlace(stems.subList(1, stems.size()));
    }

    /**
     * Whether the word is Sorani Kurdish: it has one of Sorani's own letters, or begins with the ئ that carries a
     * Kurdish vowel (Arabic never begins a word with it). The Arabic stemmer would cut Kurdish words into others
     * (تەنها into تەن, ئاسین into ئاس), and Lucene's Sorani stemmer cuts too much (کوردستان into کوردس), so a Kurdish
     * word is matched as it is written.
     */
    private boolean isKurdish() {
        if (term.charAt(0) == YEH_HAMZA) {
            return true;
        }
        for (int i = 0; i < term.length(); i++) {
            if (SORANI_LETTERS.indexOf(term.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lucene's stem first, then the others: without the attached pronoun; when Lucene took a lone و off the front (the
     * conjunction, or the word's first letter: وثيقة, وقت), the stems of the word with it kept; when the word begins
     * with ب or ل that Lucene left (it takes them off only with the article), the stems of the word without it, if
     * four letters remain (لإصدار finds اصدار, بمستشفى finds مستشفى, and بطاقة stays findable as itself); and the
     * stems of a verb the spoken negation ما is joined to.
     */
    private Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        char[] chars = word.toCharArray();
        int afterPrefix = stemmer.stemPrefix(chars, chars.length);
        addStems(stems, Arrays.copyOf(chars, afterPrefix));
        if (chars.length - afterPrefix == 1 && word.charAt(0) == WAW) {
            addStems(stems, word.toCharArray());
        }
        if (afterPrefix == word.length()
                && (word.charAt(0) == BEH || word.charAt(0) == LAM)
                && word.length() - 1 >= FEWEST_AFTER_PREPOSITION) {
            addStems(stems, word.substring(1).toCharArray());
        }
        if (negatedVerb(word)) {
            addStems(stems, word.substring(NEGATION.length()).toCharArray());
        }
        return stems;
    }

    /**
     * Whether the word is the spoken negation ما written joined to a present-tense verb, as Iraqis write it
     * (مايشتغل, مايوصل, ماتفتح, مانكدر): the verb's stems are given too, so "ما يشتغل" and "مايشتغل" meet.
     */
    private static boolean negatedVerb(CharSequence word) {
        return word.length() - NEGATION.length() >= FEWEST_AFTER_PREPOSITION
                && word.charAt(0) == NEGATION.charAt(0)
                && word.charAt(1) == NEGATION.charAt(1)
                && PRESENT_TENSE_PREFIXES.indexOf(word.charAt(2)) >= 0;
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
            if (endsWith(word, length, pronoun)
                    && rest >= FEWEST_REMAINING
                    && (word[rest - 1] != TEH || rest - 1 < FEWEST_BEFORE_TAA)
                    && !isLongVowel(word[rest - 1])
                    && !(pronoun.length == 1 && pronoun[0] == KAF && BEFORE_OWN_KAF.indexOf(word[rest - 1]) >= 0)) {
                return Arrays.copyOf(word, rest);
            }
        }
        return null;
    }

    private static boolean isLongVowel(char letter) {
        return letter == ALEF || letter == WAW || letter == YEH;
    }

    private static boolean endsWith(char[] word, int length, char[] suffix) {
        return length > suffix.length && Arrays.equals(word, length - suffix.length, length, suffix, 0, suffix.length);
    }

    private static char[][] pronouns(String... pronouns) {
        return Arrays.stream(pronouns).map(String::toCharArray).toArray(char[][]::new);
    }
}
