package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertEquals("\"مكتب الجوازات, الكرادة\"", Csv.cell("مكتب الجوازات, الكرادة"));
        assertEquals("\"the \"\"back\"\" office\"", Csv.cell("the \"back\" office"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", Csv.cell("+1"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("", Csv.cell(null));
    }
}
