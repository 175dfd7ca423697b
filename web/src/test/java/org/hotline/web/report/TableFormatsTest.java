package org.hotline.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hotline.web.report.ReportTable.Column;
import org.hotline.web.report.ReportTable.Kind;
import org.junit.jupiter.api.Test;

class TableFormatsTest {

    private static final ReportTable TABLE = new ReportTable("calls", List.of(new Column("queue", "الطابور", Kind.TEXT),
            new Column("offered", "Offered", Kind.COUNT), new Column("service_level", "Service level", Kind.FRACTION),
            new Column("asa", "ASA", Kind.DECIMAL)), List.of(
                    new ArrayList<>(Arrays.asList("=cmd|' /C calc'!A0", 4L, 0.75, 11.0)),
                    new ArrayList<>(Arrays.asList(null, 1L, 0.0, null)),
                    new ArrayList<>(Arrays.asList("total", 5L, 0.6, 19.5))));

    @Test
    void csvHasMachineNamesFractionsToFourPlacesAndNoFormula() {
        assertEquals("queue,offered,service_level,asa\r\n\"'=cmd|' /C calc'!A0\",4,0.7500,11.0\r\n,1,0.0000,\r\n"
                + "\"total\",5,0.6000,19.5\r\n", TableFormats.csv(TABLE));
    }

    @Test
    void cellReferencesRunPastZ() {
        assertEquals(List.of("A1", "Z2", "AA3", "AZ4", "BA5"), List.of(TableFormats.cell(0, 1), TableFormats.cell(25, 2),
                TableFormats.cell(26, 3), TableFormats.cell(51, 4), TableFormats.cell(52, 5)));
    }

    @Test
    void theWorkbookHasItsPartsAndWritesTextAsTextRightToLeft() throws IOException {
        Map<String, String> parts = unzip(TableFormats.xlsx(List.of(TABLE, TABLE), true));
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")),
                parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("rightToLeft=\"1\""));
        assertTrue(sheet.contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">الطابور</t>"));
        assertTrue(sheet.contains("<t xml:space=\"preserve\">=cmd|&apos; /C calc&apos;!A0</t>"), "an inline string");
        assertFalse(sheet.contains("<f>"), "never a formula");
        assertTrue(sheet.contains("<c r=\"C2\" s=\"2\"><v>0.75</v></c>"), "a fraction in the percent style");
        assertFalse(sheet.contains("r=\"A3\""), "a null is an empty cell");
        assertFalse(unzip(TableFormats.xlsx(List.of(TABLE), false)).get("xl/worksheets/sheet1.xml")
                .contains("rightToLeft"));
        assertTrue(parts.get("xl/workbook.xml").contains("<sheet name=\"calls\" sheetId=\"1\"")
                && parts.get("xl/workbook.xml").contains("<sheet name=\"calls (2)\" sheetId=\"2\""),
                "sheet names are unique: " + parts.get("xl/workbook.xml"));
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
