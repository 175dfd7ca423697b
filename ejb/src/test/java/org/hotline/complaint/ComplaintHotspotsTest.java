package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComplaintHotspotsTest {

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertEquals("\"مكتب الجوازات, الكرادة\"", ComplaintHotspots.cell("مكتب الجوازات, الكرادة"));
        assertEquals("\"the \"\"back\"\" office\"", ComplaintHotspots.cell("the \"back\" office"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", ComplaintHotspots.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", ComplaintHotspots.cell("+1"));
        assertEquals("\"'@SUM(A1)\"", ComplaintHotspots.cell("@SUM(A1)"));
        assertEquals("", ComplaintHotspots.cell(null));
    }

    @Test
    void threeWithinNinetyDaysIsARepeat() {
        assertTrue(Hotspots.Group.of("MOI", "مكتب", null, 5, 3).repeated());
        assertFalse(Hotspots.Group.of("MOI", "مكتب", null, 5, 2).repeated(),
                "five over the period, never three in 90 days");
    }
}
