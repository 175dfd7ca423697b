package org.hotline.telephony.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgentPhoneTest {

    @Test
    void aCitizensNumberIsDialledAsAtHomeOrWithZeroZeroAbroad() {
        assertEquals("07701234567", AgentPhone.dialString("+9647701234567"));
        assertEquals("07501234567", AgentPhone.dialString("+9647501234567"));
        assertEquals("00442079460000", AgentPhone.dialString("+442079460000"));
    }
}
