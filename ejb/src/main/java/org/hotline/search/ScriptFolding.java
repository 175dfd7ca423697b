package org.hotline.search;

import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * What Lucene's Arabic and Persian normalisation leave for us, before them in the chain (the invisible characters
 * are gone already, taken out before the text was cut into words):
 * <ul>
 * <li>compatibility forms folded (Unicode NFKC): Arabic presentation forms from PDFs (ﻻ, ﷲ), full-width Latin
 * (ｏｔｐ), and the hamza written as a separate mark after its seat (ي + ٔ) composed into one letter;</li>
 * <li>heh doachashmee (ھ, what Kurdish keyboards type for h) read as heh (ه);</li>
 * <li>a hamza on the line after a final yeh or alef maqsura read as the ئ it stands for (الطوارىء, الطوارئ);</li>
 * <li>the <b>hamza seats</b> inside a word: ؤ, ئ and a medial أ. People write the same word on different seats or on
 * none (المسؤول, المسئول, المسوول; هيئة, هيأة; الشؤون, الشوون; دائرة, دايرة). The word is given twice at the same
 * position: once with its seat letter alone (ؤ → و, ئ → ي, أ → ا; ئ before و → و, as مسئول is مسؤول written the
 * older way), once with a bare hamza (ء) wherever a seat carried one. The seat form meets the spelling without hamza;
 * the hamza form meets the other seats. A hamza dropped together with its seat (ريس for رئيس) is not met: merging a
 * seat into the letter beside it would also merge بيئة with بيه and رؤوس with روس. Word-initial
 * ئ is left alone: in Kurdish it carries a vowel (ئاو, ئێمە), and Arabic never writes a hamza on it there.</li>
 * </ul>
 * With {@code hamzaForms} false (for term normalisation, which must give one term) only the seat form is given.
 */
final class ScriptFolding extends SamePlaceForms {

    private static final char HEH_DOACHASHMEE = '\u06BE';
    private static final char HEH = '\u0647';
    private static final char WAW_HAMZA = '\u0624';
    private static final char YEH_HAMZA = '\u0626';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char HAMZA = '\u0621';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char ALEF = '\u0627';

    private final boolean hamzaForms;

    ScriptFolding(TokenStream in, boolean hamzaForms) {
        super(in);
        this.hamzaForms = hamzaForms;
    }

    @Override
    protected void read() {
        if (needsUnicodeFolding()) {
            String folded = Normalizer.normalize(term, Normalizer.Form.NFKC);
            term.setEmpty().append(folded);
        }
        hamzaOnTheLineAfterYeh();
        boolean seated = false;
        char[] chars = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == HEH_DOACHASHMEE) {
                chars[i] = HEH;
            } else if (i > 0 && (c == WAW_HAMZA || c == YEH_HAMZA || c == ALEF_HAMZA_ABOVE)) {
                seated = true;
            }
        }
        if (!seated) {
            return;
        }
        String written = term.toString();
        term.setEmpty().append(seatOnly(written));
        if (hamzaForms) {
            alsoAtThisPlace(List.of(hamzaOnly(written)));
        }
    }

    /** A word ending in ىء or يء, as الطوارىء is often written, ends in the ئ it stands for (الطوارئ). */
    private void hamzaOnTheLineAfterYeh() {
        int length = term.length();
        if (length > 2
                && term.charAt(length - 1) == HAMZA
                && (term.charAt(length - 2) == '\u0649' || term.charAt(length - 2) == '\u064A')) {
            term.setLength(length - 1);
            term.buffer()[length - 2] = YEH_HAMZA;
        }
    }

    /** Whether the word has a character NFKC changes: compatibility forms and hamza written as a separate mark. */
    private boolean needsUnicodeFolding() {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= '\uFB50' || c == '\u0653' || c == '\u0654' || c == '\u0655') {
                return true;
            }
        }
        return false;
    }

    private static String hamzaOnly(String word) {
        char[] chars = word.toCharArray();
        for (int i = 1; i < chars.length; i++) {
            if (chars[i] == WAW_HAMZA || chars[i] == YEH_HAMZA || chars[i] == ALEF_HAMZA_ABOVE) {
                chars[i] = HAMZA;
            }
        }
        return new String(chars);
    }

    private static String seatOnly(String word) {
        char[] chars = word.toCharArray();
        for (int i = 1; i < chars.length; i++) {
            chars[i] = seatOf(chars, i);
        }
        return new String(chars);
    }

    private static char seatOf(char[] chars, int i) {
        return switch (chars[i]) {
            case WAW_HAMZA -> WAW;
            case YEH_HAMZA -> i + 1 < chars.length && chars[i + 1] == WAW ? WAW : YEH;
            case ALEF_HAMZA_ABOVE -> ALEF;
            default -> chars[i];
        };
    }
}
