package org.hotline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.nio.charset.MalformedInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which failures are the client's, and that none of them passes a library's words on. */
class ClientMistakesTest {

    @Test
    void aDayIsAFourDigitIsoDateWithinTheBounds() {
        assertEquals(LocalDate.of(1900, 1, 1), ApiParams.plausibleDay("1900-01-01"));
        assertEquals(LocalDate.of(2999, 12, 31), ApiParams.plausibleDay("2999-12-31"));
        for (String day : List.of(
                "1899-12-31",
                "3000-01-01",
                "0000-01-01",
                "+999999999-12-31",
                "99999-01-01",
                "2026-02-30",
                "2026-13-01",
                "2026-1-1",
                "20260101",
                "")) {
            assertNull(ApiParams.plausibleDay(day), day);
        }
    }

    @Test
    void aDayOutOfRangeDeepInTheCausesIsA400WithoutItsText() {
        RuntimeException wrapped = new RuntimeException(
                "wrapper",
                new DateTimeException("Invalid value for Year (valid values -999999999 - 999999999): 1000000000"));
        Problem problem = ClientMistakes.of(wrapped).orElseThrow();
        assertEquals(400, problem.status());
        assertFalse(problem.detail().contains("Invalid value"), problem.detail());
    }

    @Test
    void aBodyDayOutOfRangeNamesTheFieldJsonBWasReading() {
        JsonbException yasson = new JsonbException(
                "Unable to deserialize property 'occurredOn' because of: x", new ApiJson.ImplausibleDay());
        Problem problem = ClientMistakes.of(new jakarta.ws.rs.ProcessingException(
                        "RESTEASY008200: JSON Binding" + " deserialization error", yasson))
                .orElseThrow();
        assertEquals(400, problem.status());
        assertEquals("occurredOn", problem.errors().get(0).field());
        assertTrue(problem.detail().contains("1900-01-01"), problem.detail());
    }

    @Test
    void invalidUtf8IsA400AndAWriteFailureOrABugIsNotAClientMistake() {
        assertEquals(
                400,
                ClientMistakes.of(new java.io.UncheckedIOException(new MalformedInputException(1)))
                        .orElseThrow()
                        .status());
        assertTrue(ClientMistakes.of(new jakarta.ws.rs.ProcessingException(
                        "RESTEASY008205: JSON Binding" + " serialization error", new JsonbException("x")))
                .isEmpty());
        assertTrue(ClientMistakes.of(new NullPointerException()).isEmpty());
        assertTrue(ClientMistakes.of(new IllegalStateException("a bug")).isEmpty());
    }
}
