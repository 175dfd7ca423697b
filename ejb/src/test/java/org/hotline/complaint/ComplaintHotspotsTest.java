package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComplaintHotspotsTest {

    @Test
    void threeWithinNinetyDaysIsARepeat() {
        assertTrue(Hotspots.Group.of("MOI", "مكتب", null, 5, 3).repeated());
        assertFalse(
                Hotspots.Group.of("MOI", "مكتب", null, 5, 2).repeated(),
                "five over the period, never three in 90 days");
    }
}
