package org.hotline.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.complaint.ComplaintTotals;
import org.hotline.report.AgentFigures;
import org.hotline.report.AgentReport;
import org.hotline.report.CallFigures;
import org.hotline.report.CallGrouping;
import org.hotline.report.CallReport;
import org.hotline.report.DailySummary;
import org.hotline.report.TicketFigures;
import org.hotline.report.TicketGrouping;
import org.hotline.report.TicketReport;
import org.junit.jupiter.api.Test;

/**
 * The workbook and the daily PDF are read by people: in Arabic, a ticket type and the total are Arabic words, not the
 * codes the CSV keeps, and the PDF's Arabic is shaped and never broken inside a word.
 */
class ExportsInTheReadersLanguageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static TicketFigures tickets(String key) {
        return new TicketFigures(key, 4, 2, 2, 1, 0.5, 3, 3, 2, 0.67, 1, 1, 3600.0, 7200L);
    }

    private static CallFigures calls(String key) {
        return new CallFigures(key, 10, 8, 2, 7, 0.7, 0.2, 12.0, 180.0, 95L, 1, 2, 1, 12, 1, 0);
    }

    private static DailySummary summary() {
        TicketReport tickets = new TicketReport(
                DAY,
                DAY,
                TicketGrouping.TYPE,
                List.of(tickets("ENQUIRY"), tickets("CALLBACK"), tickets("COMPLAINT_ABOUT_STAFF")),
                tickets(ReportTables.TOTAL));
        CallReport calls = new CallReport(
                DAY, DAY, CallGrouping.HOUR, 20, List.of(calls("09"), calls("10")), calls(ReportTables.TOTAL));
        AgentFigures agent = new AgentFigures("سارة", 8, 1440, 180.0, 25200, 1800, Map.of());
        AgentReport agents = new AgentReport(
                DAY,
                DAY,
                List.of(),
                List.of(agent),
                new AgentFigures(ReportTables.TOTAL, 8, 1440, 180.0, 25200, 1800, Map.of()));
        return new DailySummary(DAY, calls, tickets, agents, new ComplaintTotals(DAY, DAY, 1, 1, 0));
    }

    @Test
    void theWorkbookNamesTicketTypesAndTheTotalInArabic() throws IOException {
        ReportTable table = new ReportTables(ARABIC).tickets(summary().tickets());
        List<String> keys = new ArrayList<>();
        try (var workbook = TableFormatsTest.opened(List.of(table), true)) {
            workbook.getSheetAt(0).forEach(row -> keys.add(row.getCell(0).getStringCellValue()));
        }
        assertEquals(List.of("النوع", "استفسار", "معاودة اتصال", "شكوى ضد موظف", "المجموع"), keys);
        assertTrue(TableFormats.csv(table).contains("ENQUIRY"), "the CSV keeps the codes for machines");
    }

    @Test
    void theDailyPdfInArabicHasNoEnglishWordAndBreaksNoArabicWord() throws IOException {
        theDailyPdfHasNoEnglishWordAndBreaksNoWord(ARABIC);
    }

    @Test
    void theDailyPdfInKurdishHasNoEnglishWordAndBreaksNoWord() throws IOException {
        theDailyPdfHasNoEnglishWordAndBreaksNoWord(Locale.forLanguageTag("ku"));
    }

    private void theDailyPdfHasNoEnglishWordAndBreaksNoWord(Locale language) throws IOException {
        byte[] pdf = new DailySummaryPdf(language, true).write(summary());
        String text = text(pdf);

        Matcher latin = LATIN_WORD.matcher(text);
        List<String> english = new ArrayList<>();
        while (latin.find()) {
            english.add(latin.group());
        }
        assertEquals(List.of(), english, text);
        ReportTables tables = new ReportTables(language);
        DailySummary summary = summary();
        List<String> words = new ArrayList<>();
        for (ReportTable table : List.of(
                tables.calls(summary.calls()), tables.tickets(summary.tickets()), tables.agents(summary.agents()))) {
            table.columns()
                    .forEach(column -> words.addAll(List.of(column.label().split("[\\s()/]+"))));
            table.rows()
                    .forEach(row ->
                            words.addAll(List.of(table.shownKey(row.get(0)).split("\\s+"))));
        }
        List<String> broken = words.stream()
                .filter(word -> word.codePoints().anyMatch(Character::isLetter))
                .map(word -> Normalizer.normalize(word, Normalizer.Form.NFKC))
                .filter(word -> !text.contains(word))
                .distinct()
                .toList();
        assertEquals(List.of(), broken, "words broken across lines or not shaped back to letters in:\n" + text);
    }

    /**
     * The PDF's text as a reader would copy it: glyphs back to letters (shaped Arabic is written in presentation
     * forms) and each line back to reading order (a right-to-left line is laid out from its end).
     */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        StringBuilder reading = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            reading.append(Normalizer.normalize(new StringBuilder(line).reverse(), Normalizer.Form.NFKC))
                    .append('\n');
        }
        return reading.toString();
    }
}
