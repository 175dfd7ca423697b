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
        assertEquals(
                terms(ARABIC, "أريد إصدار جواز سفر جديد"),
                terms(ARABIC, "اريد اصدار جواز سفر جديد"),
                "an enquiry typed with and without hamza");
        assertEquals(terms(ARABIC, "آلية التقديم"), terms(ARABIC, "الية التقديم"));
    }

    @Test
    void alefMaqsuraAndTaaMarbutaAreFolded() throws IOException {
        assertEquals(
                terms(ARABIC, "مستشفى الكرامة"),
                terms(ARABIC, "مستشفي الكرامه"),
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
        assertTrue(meet("بطاقة", "بالبطاقة"), "the preposition bi- with the article");
        assertEquals(terms(ARABIC, "موظف"), terms(ARABIC, "والموظف"), "wa- with the article");
    }

    @Test
    void stopWordsAreDroppedWithOrWithoutHamza() throws IOException {
        List<String> complaint = terms(ARABIC, "رفض الموظف في دائرة الجوازات إلى أن دفعت له مبلغا");
        assertFalse(
                complaint.contains("في") || complaint.contains("الي") || complaint.contains("ان"),
                complaint.toString());
        assertEquals(terms(ARABIC, "إلى الدائرة"), terms(ARABIC, "الى الدائرة"));
        assertTrue(complaint.contains(terms(ARABIC, "الجوازات").get(0)), complaint.toString());
    }

    @Test
    void anAnnouncementAndAServiceNameFindEachOther() throws IOException {
        List<String> announcement = terms(
                ARABIC, "تُعلن وزارة الداخلية عن إطلاق خدمة حجز المواعيد إلكترونيّاً لإصدار البطاقة الوطنية الموحدة");
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

    /** Whether every word of the query has a term among the text's (what a query with every word required needs). */
    private static boolean meet(String query, String text) throws IOException {
        List<String> found = terms(ARABIC, text);
        for (String word : query.split("\\s+")) {
            List<String> wordTerms = terms(ARABIC, word);
            if (!wordTerms.isEmpty() && wordTerms.stream().noneMatch(found::contains)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void kurdishAndPersianKeyboardLettersReadAsArabic() throws IOException {
        assertTrue(meet("شكوى على موظف في مركز البطاقة", "شکوی علی موظف فی مرکز البطاقة"), "keheh and farsi yeh");
        assertTrue(meet("شکوی علی مرکز", "شكوى على مركز البطاقة"), "the query typed on a Kurdish keyboard");
        assertEquals(terms(ARABIC, "هوية"), terms(ARABIC, "ھوية"), "heh doachashmee");
        assertEquals(List.of("يجب"), terms(ARABIC, "یجب فی"), "a stop word typed with farsi yeh is still one");
    }

    @Test
    void hamzaSeatsMeetEachOtherAndTheSpellingWithout() throws IOException {
        String[][] spellings = {
            {"المسؤول", "المسئول", "المسوول"},
            {"الشؤون", "الشئون", "الشوون"},
            {"هيئة", "هيأة", "هيئه"},
            {"دائرة", "دايرة", "دائره"},
            {"الطوارئ", "الطوارىء", "الطواريء"},
            {"سؤال", "سوال", "سؤال"},
            {"رئيس", "رئيس", "رئيس"}
        };
        for (String[] same : spellings) {
            for (String a : same) {
                for (String b : same) {
                    assertTrue(meet(a, b), a + " and " + b);
                }
            }
        }
        assertFalse(meet("مسيول", "مسوول"), "yeh and waw stay apart where no hamza was written");
        assertFalse(meet("بيئة", "اكو زبالة بيه"), "بيئة does not meet the Iraqi بيه (in it), a stop word");
        assertEquals(List.of(), terms(ARABIC, "بيه"));
        assertFalse(meet("رؤوس", "الروس") || meet("الروس", "رؤوس"));
        assertEquals(List.of("ئاو"), terms(ARABIC, "ئاو"), "a Kurdish word's leading ئ carries a vowel, not a hamza");
    }

    @Test
    void kurdishLettersKeepDistinctWordsApart() throws IOException {
        String[][] pairs = {{"شێر", "شیر"}, {"کۆر", "کور"}, {"کەڕ", "کەر"}, {"گوڵ", "گول"}, {"دە", "دا"}, {"ڤین", "فین"}
        };
        for (String[] pair : pairs) {
            assertFalse(meet(pair[0], pair[1]), pair[0] + " is not " + pair[1]);
            assertTrue(meet(pair[0], pair[0]), pair[0]);
        }
        assertEquals(List.of("هەولێر"), terms(ARABIC, "ھەولێر"), "Erbil: h read as heh, ە and ێ kept");
        String[][] notArabicStems = {{"تەنها", "تەن"}, {"ئاسین", "ئاس"}, {"هەڵبژاردنەکان", "هەڵبژاردن"}};
        for (String[] pair : notArabicStems) {
            assertFalse(meet(pair[1], pair[0]), "the Arabic stemmer does not cut Kurdish " + pair[0]);
        }
    }

    @Test
    void attachedPronounsFindThePlainWordWithoutMergingWordsThatMerelyEndInThoseLetters() throws IOException {
        String[][] pronounForms = {
            {"هويتي", "الهوية"},
            {"معاملتي", "المعاملة"},
            {"معاملتك", "المعاملة"},
            {"معاملاتكم", "المعاملات"},
            {"بطاقتي", "البطاقة"},
            {"بطاقته", "البطاقة"},
            {"سيارتها", "السيارة"},
            {"شهادتنا", "الشهادة"},
            {"استمارتك", "الاستمارة"},
            {"طلبك", "الطلب"},
            {"طلبكم", "الطلب"},
            {"رقمك", "الرقم"},
            {"جوازي", "الجواز"},
            {"جوازك", "الجواز"},
            {"حسابهم", "الحساب"},
            {"حسابنا", "الحساب"},
            {"وثيقتك", "الوثيقة"},
            {"اجازتي", "الاجازة"},
            {"مراجعتكم", "المراجعة"},
            {"شكواك", "الشكوى"},
            {"عنواني", "العنوان"},
            {"عنوانه", "عنوان"},
            {"بيتي", "البيت"},
            {"وقتك", "الوقت"},
            {"صوتي", "الصوت"},
            {"ثبوتي", "الثبوتية"},
            {"عنوانك", "العنوان"},
            {"ملفكم", "الملف"},
            {"موعدك", "الموعد"},
            {"بريدكم", "البريد"},
            {"اتصالك", "الاتصال"}
        };
        String[][] apart = {
            {"مشترك", "مشتري"},
            {"تحريك", "تحري"},
            {"سلوك", "سلوى"},
            {"هلاك", "هلا"},
            {"محاكم", "محا"},
            {"مساهم", "مساء"},
            {"احيانا", "احياء"},
            {"اشتراك", "اشترى"},
            {"بنك", "بن"},
            {"سمك", "سم"},
            {"ملك", "مل"},
            {"شباك", "شباب"},
            {"تراكم", "ترى"},
            {"متهم", "متى"},
            {"كورونا", "كورة"},
            {"مبارك", "مباراة"},
            {"تفاهم", "تفاهة"},
            {"مدرك", "مدري"},
            {"بيتي", "بيئة"},
            {"نباتي", "نباهة"},
            {"المستهلك", "مستهل"},
            {"تملك", "تمل"},
            {"تمسك", "تمس"},
            {"متماسك", "متماس"},
            {"مهلك", "مهل"},
            {"مسالك", "مسال"},
            {"منهمك", "منهم"}
        };
        long meeting = java.util.Arrays.stream(pronounForms)
                .filter(p -> meetQuietly(p[1], p[0]))
                .count();
        long merged = java.util.Arrays.stream(apart)
                .filter(p -> meetQuietly(p[1], p[0]))
                .count();
        System.out.printf(
                "Attached pronouns: %d of %d possessive forms find their plain word;"
                        + " %d of %d words that merely end in those letters meet another word%n",
                meeting, pronounForms.length, merged, apart.length);
        java.util.Arrays.stream(pronounForms)
                .filter(p -> !meetQuietly(p[1], p[0]))
                .forEach(p -> System.out.println("  not found: " + p[1] + " in " + p[0]));
        java.util.Arrays.stream(apart)
                .filter(p -> meetQuietly(p[1], p[0]))
                .forEach(p -> System.out.println("  merged: " + p[0] + " with " + p[1]));
        assertTrue(meeting >= pronounForms.length * 9 / 10, meeting + " possessive forms found their plain word");
        assertTrue(merged <= apart.length / 10, merged + " words merged with another");
    }

    private static boolean meetQuietly(String query, String text) {
        try {
            return meet(query, text);
        } catch (IOException cannotHappenOnAString) {
            throw new java.io.UncheckedIOException(cannotHappenOnAString);
        }
    }

    @Test
    void aNumberInTheTextIsFoundInEveryWrittenForm() throws IOException {
        String[] forms = {
            "07701234567",
            "0770 123 4567",
            "+964 770 123 4567",
            "00964-770-123-4567",
            "٠٧٧٠١٢٣٤٥٦٧",
            "۰۷۷۰ ۱۲۳ ۴۵۶۷",
            "(0770) 123-4567",
            "7701234567"
        };
        for (String written : forms) {
            List<String> text = terms(ARABIC, "اتصلوا بي على الرقم " + written + " بعد الظهر");
            for (String typed : forms) {
                String query = TypedText.of(typed).words();
                assertTrue(terms(ARABIC, query).stream().anyMatch(text::contains), typed + " in " + written);
            }
        }
        assertTrue(terms(ARABIC, "الهوية 1990 1234 5678").contains("199012345678"), "a national ID in groups");
        assertEquals("199012345678", TypedText.of("١٩٩٠-١٢٣٤-٥٦٧٨").words());
        assertTrue(
                terms(ARABIC, "الطلب 1000123 ورقم 4567").containsAll(List.of("1000123", "4567")),
                "numbers that are neither stay as written: " + terms(ARABIC, "الطلب 1000123 ورقم 4567"));
    }

    @Test
    void invisibleCharactersAndCompatibilityFormsAreTheWord() throws IOException {
        assertEquals(terms(ARABIC, "جواز"), terms(ARABIC, "جو\u200Bاز"), "a zero-width space inside");
        assertEquals(terms(ARABIC, "جواز"), terms(ARABIC, "\u200Fجواز\u200E"), "direction marks");
        assertEquals(terms(ARABIC, "مسؤول"), terms(ARABIC, "ﻣﺴﺆﻭﻝ"), "presentation forms from a PDF");
        assertEquals(terms(ARABIC, "otp"), terms(ARABIC, "ＯＴＰ"), "full-width Latin");
        assertEquals(terms(ARABIC, "مسئول"), terms(ARABIC, "مسي\u0654ول"), "a hamza typed as a separate mark");
    }

    @Test
    void aPrepositionWithoutTheArticleStillFindsTheWord() throws IOException {
        assertTrue(meet("اصدار جواز", "تأخير لإصدار جواز السفر"), "li- before a word without the article");
        assertTrue(meet("مستشفى الكاظمية", "راجعت بمستشفى الكاظمية"), "bi-");
        assertTrue(meet("دائرة الصحة", "بدائرة الصحة"));
        assertTrue(meet("بطاقة", "البطاقة"), "a word that begins with ب stays itself");
        assertTrue(meet("لجنة", "اللجنة الطبية") && !meet("جنة", "لجنة"), "too short to lose its first letter");
    }

    @Test
    void theArticleWrittenApartAndEnglishPossessivesAreNotWordsOfTheirOwn() throws IOException {
        assertEquals(terms(ARABIC, "OTP رمز"), terms(ARABIC, "الـ OTP رمـز"));
        assertEquals(terms(ARABIC, "passport"), terms(ARABIC, "passport's"));
    }

    @Test
    void anIdentifierIsOneTermWhateverItsCaseWidthOrInvisibles() throws IOException {
        Analyzer identifier = TextAnalysis.identifier();
        for (String typed : new String[] {"emp-778899", "ＥＭＰ-７７８８９９", "EMP\u200B-778899", "EMP-٧٧٨٨٩٩"}) {
            assertEquals(List.of("emp-778899"), terms(identifier, typed), typed);
        }
    }

    @Test
    void theSpokenNegationJoinedToAVerbIsTheVerb() throws IOException {
        assertTrue(meet("ما يشتغل", "التطبيق مايشتغل من امس"));
        assertTrue(meet("مايوصل", "رمز التحقق ما يوصل"));
        assertFalse(meet("لية", "الشؤون المالية"), "a word that merely begins with ما stays whole");
    }
}
