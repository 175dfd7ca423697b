package org.hotline.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotline.web.report.ReportTable.Column;
import org.hotline.web.report.ReportTable.Kind;
import org.junit.jupiter.api.Test;

class TableFormatsTest {

    private static final ReportTable TABLE = new ReportTable(
            "calls",
            List.of(
                    new Column("queue", "الطابور", Kind.TEXT),
                    new Column("offered", "Offered", Kind.COUNT),
                    new Column("service_level", "Service level", Kind.FRACTION),
                    new Column("asa", "ASA", Kind.DECIMAL)),
            List.of(
                    new ArrayList<>(Arrays.asList("=cmd|' /C calc'!A0", 4L, 0.75, 11.0)),
                    new ArrayList<>(Arrays.asList(null, 1L, 0.0, null)),
                    new ArrayList<>(Arrays.asList("total", 5L, 0.6, 19.5))));

    @Test
    void csvHasMachineNamesFractionsToFourPlacesAndNoFormula() {
        assertEquals(
                "queue,offered,service_level,asa\r\n\"'=cmd|' /C calc'!A0\",4,0.7500,11.0\r\n,1,0.0000,\r\n"
                        + "\"total\",5,0.6000,19.5\r\n",
                TableFormats.csv(TABLE));
    }

    @Test
    void largeDecimalsAreWrittenInPlainDigits() {
        ReportTable handleTimes = new ReportTable(
                "staffing",
                List.of(new Column("average_handle_time_s", "AHT", Kind.DECIMAL)),
                List.of(List.of(12_345_678.5), List.of(1.0E10)));
        assertEquals("average_handle_time_s\r\n12345678.5\r\n10000000000\r\n", TableFormats.csv(handleTimes));
    }

    @Test
    void theWorkbookOpensBackWithTextAsTextNumbersAsNumbersAndRightToLeft() throws IOException {
        try (XSSFWorkbook workbook = opened(List.of(TABLE, TABLE), true)) {
            assertEquals(
                    List.of("calls", "calls (2)"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1)),
                    "sheet names are unique");
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            XSSFCell header = sheet.getRow(0).getCell(0);
            assertEquals("الطابور", header.getStringCellValue());
            assertTrue(header.getCellStyle().getFont().getBold(), "a bold header");
            assertEquals(
                    List.of("Offered", "Service level", "ASA"),
                    List.of(
                            sheet.getRow(0).getCell(1).getStringCellValue(),
                            sheet.getRow(0).getCell(2).getStringCellValue(),
                            sheet.getRow(0).getCell(3).getStringCellValue()));

            XSSFCell formula = sheet.getRow(1).getCell(0);
            assertEquals(CellType.STRING, formula.getCellType(), "never a formula");
            assertEquals("=cmd|' /C calc'!A0", formula.getStringCellValue(), "the text as it is, not run");
            XSSFCell count = sheet.getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, count.getCellType());
            assertEquals(4.0, count.getNumericCellValue());
            XSSFCell fraction = sheet.getRow(1).getCell(2);
            assertEquals(0.75, fraction.getNumericCellValue());
            assertEquals("0.0%", fraction.getCellStyle().getDataFormatString(), "a fraction shows as a percentage");
            XSSFCell decimal = sheet.getRow(1).getCell(3);
            assertEquals(11.0, decimal.getNumericCellValue());
            assertEquals("0.0", decimal.getCellStyle().getDataFormatString());
            assertNull(sheet.getRow(2).getCell(0), "a null is an empty cell");
            assertNull(sheet.getRow(2).getCell(3));
            assertEquals("total", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
        try (XSSFWorkbook workbook = opened(List.of(TABLE), false)) {
            assertFalse(workbook.getSheetAt(0).isRightToLeft());
        }
    }

    /**
     * More rows than the writer keeps in memory: every one is in the file, in order, with its values, and the
     * temporary file the rows went through is gone once the workbook is written.
     */
    @Test
    void aLongTableIsWrittenWholeAndLeavesNoTemporaryFile() throws IOException {
        Set<Path> before = sheetTemporaryFiles();
        int rows = TableFormats.ROWS_IN_MEMORY * 5 + 7;
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(List.of("queue " + i, (long) i, i / (double) rows, i + 0.5));
        }
        try (XSSFWorkbook workbook = opened(List.of(new ReportTable("long", TABLE.columns(), lines)), false)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(rows, sheet.getLastRowNum());
            for (int i = 0; i < rows; i++) {
                assertEquals("queue " + i, sheet.getRow(i + 1).getCell(0).getStringCellValue());
                assertEquals(i, sheet.getRow(i + 1).getCell(1).getNumericCellValue());
            }
        }
        assertEquals(before, sheetTemporaryFiles());
    }

    /** Where POI's streaming workbook keeps the rows it no longer holds in memory. */
    private static Set<Path> sheetTemporaryFiles() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("poi-sxssf-sheet"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() throws IOException {
        ReportTable odd = new ReportTable("'calls: [by queue] / agent?'", TABLE.columns(), List.of());
        ReportTable empty = new ReportTable("***", TABLE.columns(), List.of());
        ReportTable longName = new ReportTable("x".repeat(40), TABLE.columns(), List.of());
        try (XSSFWorkbook workbook = opened(List.of(odd, empty, longName, longName), false)) {
            assertEquals("calls   by queue    agent", workbook.getSheetName(0));
            assertEquals("sheet", workbook.getSheetName(1));
            assertEquals("x".repeat(31), workbook.getSheetName(2));
            assertEquals("x".repeat(27) + " (4)", workbook.getSheetName(3));
        }
    }

    /** The workbook as a reader opens it. */
    static XSSFWorkbook opened(List<ReportTable> tables, boolean rightToLeft) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TableFormats.xlsx(tables, rightToLeft, file);
        return new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()));
    }
}
