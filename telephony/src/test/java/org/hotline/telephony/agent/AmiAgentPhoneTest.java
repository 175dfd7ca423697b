package org.hotline.telephony.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmiAgentPhoneTest {

    @Test
    void aCitizensNumberIsDialledAsAtHomeOrWithZeroZeroAbroad() {
        assertEquals("07701234567", AmiAgentPhone.dialString("+9647701234567"));
        assertEquals("07501234567", AmiAgentPhone.dialString("+9647501234567"));
        assertEquals("00442079460000", AmiAgentPhone.dialString("+442079460000"));
    }
}
