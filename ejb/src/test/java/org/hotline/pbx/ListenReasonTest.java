package org.hotline.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenReasonTest {

    @Test
    void aReasonIsKeptAsWrittenTrimmedInAnyScript() {
        assertEquals(
                "شكوى من المتصل، تدريب الموظف الجديد ١٢",
                new ListenReason("  شكوى من المتصل، تدريب الموظف الجديد ١٢ \t").text());
        assertEquals("ڕاهێنانی فەرمانبەری نوێ", new ListenReason("ڕاهێنانی فەرمانبەری نوێ").text());
        assertEquals(
                "coaching, call 5599 | quality & tone",
                new ListenReason("coaching, call 5599 | quality & tone").text());
    }

    @Test
    void aReasonOfTheLongestLengthIsKeptAndOneLongerRefused() {
        assertEquals(
                ListenReason.MAX,
                new ListenReason("ع".repeat(ListenReason.MAX)).text().length());
        ListenReasonRejected tooLong =
                assertThrows(ListenReasonRejected.class, () -> new ListenReason("ع".repeat(ListenReason.MAX + 1)));
        assertEquals("reason", tooLong.field());
        assertEquals(400, tooLong.status().code());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\u00a0\t",
                "first line\r\nAction: Originate",
                "first line\nsecond",
                "tab\there",
                "nul\u0000",
                "line\u2028separator"
            })
    void anEmptyOrMultiLineReasonIsRefused(String reason) {
        assertThrows(ListenReasonRejected.class, () -> new ListenReason(reason));
    }

    @Test
    void noReasonIsRefused() {
        assertThrows(ListenReasonRejected.class, () -> new ListenReason(null));
    }
}
