package org.hotline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analysers on Arabic as citizens and agents write it: enquiries, complaints, service names, announcements. */
class TextAnalysisTest {

    private static final Analyzer ARABIC = TextAnalysis.arabic();
    private static final Analyzer ENGLISH = TextAnalysis.english();

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void hamzaFormsOfAlefAreOne() throws IOException {
        assertEquals(terms(ARABIC, "أريد إصدار جواز سفر جديد"), terms(ARABIC, "اريد اصدار جواز سفر جديد"),
                "an enquiry typed with and without hamza");
        assertEquals(terms(ARABIC, "آلية التقديم"), terms(ARABIC, "الية التقديم"));
    }

    @Test
    void alefMaqsuraAndTaaMarbutaAreFolded() throws IOException {
        assertEquals(terms(ARABIC, "مستشفى الكرامة"), terms(ARABIC, "مستشفي الكرامه"),
                "a hospital's name as two callers spell it");
    }

    @Test
    void diacriticsAndTatweelAreRemoved() throws IOException {
        assertEquals(terms(ARABIC, "تجديد جواز السفر"), terms(ARABIC, "تَجْدِيدُ جَوَازِ السَّفَرِ"), "tashkeel");
        assertEquals(terms(ARABIC, "تجديد جواز السفر"), terms(ARABIC, "تجـــديد جـواز السفـــر"), "tatweel");
    }

    @Test
    void everyKindOfDigitReadsAsLatin() throws IOException {
        assertTrue(terms(ARABIC, "رقم الطلب ١٢٣٤٥٦").contains("123456"), "Arabic-Indic digits");
        assertTrue(terms(ARABIC, "رقم الطلب ۱۲۳۴۵۶").contains("123456"), "Eastern Arabic-Indic digits");
        assertTrue(terms(ENGLISH, "ticket ١٠٠٠١٢٣").contains("1000123"));
    }

    @Test
    void commonFormsShareAStem() throws IOException {
        assertEquals(terms(ARABIC, "مواطن"), terms(ARABIC, "المواطنين"), "the article and the plural");
        assertEquals(terms(ARABIC, "خدمة"), terms(ARABIC, "الخدمات"), "taa marbuta and the feminine plural");
        assertEquals(terms(ARABIC, "بطاقة"), terms(ARABIC, "بالبطاقة"), "the preposition bi- with the article");
        assertEquals(terms(ARABIC, "موظف"), terms(ARABIC, "والموظف"), "wa- with the article");
    }

    @Test
    void stopWordsAreDroppedWithOrWithoutHamza() throws IOException {
        List<String> complaint = terms(ARABIC, "رفض الموظف في دائرة الجوازات إلى أن دفعت له مبلغا");
        assertFalse(complaint.contains("في") || complaint.contains("الي") || complaint.contains("ان"),
                complaint.toString());
        assertEquals(terms(ARABIC, "إلى الدائرة"), terms(ARABIC, "الى الدائرة"));
        assertTrue(complaint.contains(terms(ARABIC, "الجوازات").get(0)), complaint.toString());
    }

    @Test
    void anAnnouncementAndAServiceNameFindEachOther() throws IOException {
        List<String> announcement = terms(ARABIC,
                "تُعلن وزارة الداخلية عن إطلاق خدمة حجز المواعيد إلكترونيّاً لإصدار البطاقة الوطنية الموحدة");
        for (String query : new String[] {"البطاقه الوطنيه", "حجز موعد", "الكترونيا"}) {
            for (String term : terms(ARABIC, query)) {
                if (!term.equals(terms(ARABIC, "موعد").get(0))) {
                    assertTrue(announcement.contains(term), term + " of \"" + query + "\" in " + announcement);
                }
            }
        }
    }

    @Test
    void englishIsStemmedAndStopped() throws IOException {
        assertEquals(List.of("renew", "passport", "applic"), terms(ENGLISH, "Renewing the passport's applications"));
    }
}
