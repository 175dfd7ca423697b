package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textIsQuotedValuesAreNotAndRowsEndInCrLf() throws IOException {
        StringBuilder out = new StringBuilder();
        new Csv(out)
                .row("level", "office", "complaints")
                .value("office")
                .text("مكتب الجوازات, الكرادة")
                .value(3L)
                .endRow()
                .value(null)
                .text(null)
                .value(0.5)
                .endRow();
        assertEquals("level,office,complaints\r\noffice,\"مكتب الجوازات, الكرادة\",3\r\n,,0.5\r\n", out.toString());
    }

    @Test
    void quotesAndLineBreaksInTextStayInTheirCell() throws IOException {
        StringBuilder out = new StringBuilder();
        new Csv(out)
                .text("the \"back\" office")
                .text("line one\r\nline two\nthree")
                .text("")
                .endRow();
        assertEquals("\"the \"\"back\"\" office\",\"line one\r\nline two\nthree\",\"\"\r\n", out.toString());
    }

    @Test
    void textNeverRunsAsAFormula() throws IOException {
        StringBuilder out = new StringBuilder();
        new Csv(out)
                .text("=HYPERLINK(\"http://x\")")
                .text("+1")
                .text("-2")
                .text("@SUM(A1)")
                .text("\t=1")
                .text("a=b")
                .endRow();
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'\t=1\",\"a=b\"\r\n",
                out.toString());
    }

    /** What a reader of the file gets back: every cell as written, Arabic, commas, quotes and line breaks included. */
    @Test
    void aCsvReaderGetsEveryCellBack() throws IOException {
        String file = Csv.written(csv -> csv.row("key", "note", "count")
                .text("وزارة الداخلية")
                .text("a, \"b\"\nc")
                .value(-4)
                .endRow());
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(file)).getRecords();
        assertEquals(List.of("key", "note", "count"), records.get(0).toList());
        assertEquals(
                List.of("وزارة الداخلية", "a, \"b\"\nc", "-4"), records.get(1).toList());
    }
}
