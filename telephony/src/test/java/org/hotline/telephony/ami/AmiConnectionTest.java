package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmiConnectionTest {

    @Test
    void aChannelsDurationIsReadAsAsteriskWritesIt() {
        assertEquals(Duration.ofSeconds(42), AmiConnection.duration("00:00:42"));
        assertEquals(Duration.ofHours(26).plusMinutes(3).plusSeconds(4), AmiConnection.duration("26:03:04"));
        assertEquals(Duration.ZERO, AmiConnection.duration(null));
        assertEquals(Duration.ZERO, AmiConnection.duration("soon"));
    }
}
