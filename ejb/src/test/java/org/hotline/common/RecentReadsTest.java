package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private final RecentReads<String, String> reads = new RecentReads<>(Duration.ofSeconds(5), 3);

    @Test
    void whatWasReadIsBelievedForItsWhileThenReadAgain() {
        reads.keep("token", "agent1", NOW, null, reads.generation());
        assertEquals(Optional.of("agent1"), reads.recent("token", NOW.plusSeconds(4)));
        assertTrue(reads.recent("token", NOW.plusSeconds(5)).isEmpty());
    }

    @Test
    void aValueValidForLessIsBelievedOnlyThatLong() {
        reads.keep("token", "agent1", NOW, NOW.plusSeconds(2), reads.generation());
        assertEquals(Optional.of("agent1"), reads.recent("token", NOW.plusMillis(1_999)));
        assertTrue(reads.recent("token", NOW.plusSeconds(2)).isEmpty(), "expired to the instant");
    }

    @Test
    void aChangeForgetsEverythingKept() {
        reads.keep("a", "1", NOW, null, reads.generation());
        reads.keep("b", "2", NOW, null, reads.generation());
        reads.forgetAll();
        assertTrue(reads.recent("a", NOW).isEmpty());
        assertTrue(reads.recent("b", NOW).isEmpty());
    }

    @Test
    void aReadUnderWayWhenAChangeEndedIsNotKept() {
        long before = reads.generation();
        reads.forgetAll(); // the change ends while the read is under way: it may have read the state before
        reads.keep("token", "agent1", NOW, null, before);
        assertTrue(reads.recent("token", NOW).isEmpty());
        reads.keep("token", "agent1", NOW, null, reads.generation());
        assertEquals(Optional.of("agent1"), reads.recent("token", NOW));
    }

    @Test
    void theMemoryStaysBounded() {
        for (int i = 0; i < 100; i++) {
            reads.keep("key " + i, "value", NOW, null, reads.generation());
        }
        assertEquals(Optional.of("value"), reads.recent("key 99", NOW));
        assertTrue(reads.recent("key 0", NOW).isEmpty());
    }
}
