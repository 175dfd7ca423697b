package org.hotline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static List<String> marked(Snippet snippet) {
        return snippet.marks().stream()
                .map(m -> snippet.text().substring(m.start(), m.end()))
                .toList();
    }

    @Test
    void theWordsAsWrittenAreMarkedForTheQueryAsTyped() {
        Snippet snippet = Passages.forQuery("اصدار الجوازات")
                .of("subject", "تأخّر إصدار جواز السفر الإلكتروني")
                .get(0);
        assertEquals("تأخّر إصدار جواز السفر الإلكتروني", snippet.text());
        assertEquals(List.of("إصدار", "جواز"), marked(snippet));
    }

    @Test
    void aLongTextIsCutAroundItsFirstMatchAndSaysSo() {
        String text =
                "المواطن اتصل عدة مرات ".repeat(10) + "بخصوص رمز التحقق OTP الذي لا يصل " + "ثم انتظر ".repeat(30);
        Snippet snippet = Passages.forQuery("otp").of("description", text).get(0);
        assertTrue(snippet.text().startsWith("…") && snippet.text().endsWith("…"), snippet.text());
        assertTrue(snippet.text().length() <= Passages.LENGTH + 2, snippet.text());
        assertEquals(List.of("OTP"), marked(snippet));
    }

    @Test
    void nothingMatchedShowsNothing() {
        assertEquals(List.of(), Passages.forQuery("بطاقة").of("subject", "تجديد جواز السفر"));
        assertEquals(List.of(), Passages.forQuery("").of("subject", "تجديد جواز السفر"));
    }

    @Test
    void severalFieldsKeepTheirOrderUpToTheLimit() {
        List<Snippet> snippets = Passages.forQuery("جواز")
                .of(
                        2,
                        List.of(
                                Passages.Field.of("subject", "جواز"),
                                Passages.Field.of("publicComments", List.of("لا شيء", "جواز جديد", "جوازات"))));
        assertEquals(
                List.of("subject", "publicComments"),
                snippets.stream().map(Snippet::field).toList());
        assertEquals("جواز جديد", snippets.get(1).text());
    }

    @Test
    void aWordWithTwoTermsIsMarkedOnceAndAWrittenNumberWhole() {
        Snippet hamza = Passages.forQuery("المسئول")
                .of("description", "راجعت المسؤول عن المعاملة")
                .get(0);
        assertEquals(List.of(new Snippet.Mark(6, 13)), hamza.marks());
        Snippet phone = Passages.forQuery(TypedText.of("07701234567").words())
                .of("description", "رقمي +964 770 123 4567 للتواصل")
                .get(0);
        assertEquals(List.of("964 770 123 4567"), marked(phone));
    }

    @Test
    void aWordWithAnInvisibleCharacterInsideIsMarkedWhole() {
        Snippet snippet = Passages.forQuery("جواز")
                .of("subject", "راجعت جو\u200Bاز السفر")
                .get(0);
        assertEquals(List.of("جو\u200Bاز"), marked(snippet));
    }
}
