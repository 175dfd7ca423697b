package org.hotline.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueCsvTest {

    private static final String HEADER = "service_code,institution_code,institution_name_ar,institution_name_en,"
            + "institution_name_ku,name_ar,name_en,name_ku,description,required_documents,standard_answer,"
            + "first_response_minutes,resolution_minutes\n";

    /** Line 2, one physical line. */
    private static final String PASSPORT = "MOI-PASSPORT-NEW,MOI,وزارة الداخلية,Ministry of Interior,وەزارەتی ناوخۆ,"
            + "إصدار جواز سفر جديد,New passport,,\"حجز موعد، ثم مراجعة المديرية\",,"
            + "يمكنك حجز الموعد عبر بوابة أور,60,480\n";

    /** Spans three physical lines: its documents are a quoted value with two line breaks. */
    private static final String NATIONAL_CARD = "MOI-NATID-NEW,MOI,وزارة الداخلية,Ministry of Interior,وەزارەتی ناوخۆ,"
            + "إصدار البطاقة الوطنية,National card,,,\"- هوية الأحوال المدنية\n- شهادة الجنسية\n- بطاقة السكن\",,,\n";

    private static String row(String code, String firstResponse, String resolution) {
        return code + ",NDC,المركز الوطني للبيانات,National Data Center,,إنشاء حساب,Account registration,,,,,"
                + firstResponse + "," + resolution + "\n";
    }

    private static CatalogueFile read(String csv) {
        return CatalogueCsv.read(new StringReader(csv));
    }

    private static RowProblem onlyProblem(CatalogueFile file) {
        assertEquals(1, file.problems().size(), () -> "problems: " + file.problems());
        assertTrue(file.rows().isEmpty(), "a file with a problem has no rows to write");
        return file.problems().get(0);
    }

    @Test
    void aValidFileGivesEveryRowWithItsArabicTextsAndItsPhysicalLine() {
        CatalogueFile file = read(HEADER + PASSPORT + NATIONAL_CARD + row("NDC-ACCOUNT", "30", "240"));

        assertEquals(List.of(), file.problems());
        assertEquals(3, file.rows().size());
        CatalogueRow passport = file.rows().get(0);
        assertEquals(2, passport.line());
        assertEquals("MOI-PASSPORT-NEW", passport.serviceCode());
        assertEquals(
                new LocalizedName("وزارة الداخلية", "Ministry of Interior", "وەزارەتی ناوخۆ"),
                passport.institutionName());
        assertEquals(new LocalizedName("إصدار جواز سفر جديد", "New passport", null), passport.serviceName());
        assertEquals("حجز موعد، ثم مراجعة المديرية", passport.description());
        assertNull(passport.requiredDocuments());
        assertEquals(Duration.ofMinutes(60), passport.firstResponse());
        assertEquals(Duration.ofMinutes(480), passport.resolution());

        CatalogueRow card = file.rows().get(1);
        assertEquals(3, card.line());
        assertEquals("- هوية الأحوال المدنية\n- شهادة الجنسية\n- بطاقة السكن", card.requiredDocuments());
        assertNull(card.firstResponse());
        assertEquals(6, file.rows().get(2).line(), "the row after a three-line value starts on line 6");
    }

    @Test
    void windowsLineEndingsAByteOrderMarkAndBlankLinesChangeNothing() {
        String csv = "\uFEFF" + (HEADER + PASSPORT + "\n" + NATIONAL_CARD).replace("\n", "\r\n");

        CatalogueFile file = read(csv);

        assertEquals(List.of(), file.problems());
        assertEquals(
                List.of(2L, 4L), file.rows().stream().map(CatalogueRow::line).toList());
        assertEquals(
                "- هوية الأحوال المدنية\r\n- شهادة الجنسية\r\n- بطاقة السكن",
                file.rows().get(1).requiredDocuments());
    }

    @ParameterizedTest(name = "{0} empty")
    @CsvSource({
        "service_code, 0",
        "institution_code, 1",
        "institution_name_ar, 2",
        "institution_name_en, 3",
        "name_ar, 5",
        "name_en, 6"
    })
    void aRequiredValueLeftEmptyIsReportedAtItsLineAndColumn(String column, int position) {
        String[] values = row("NDC-ACCOUNT", "", "").strip().split(",", -1);
        values[position] = " ";

        RowProblem problem = onlyProblem(read(HEADER + PASSPORT + NATIONAL_CARD + String.join(",", values) + "\n"));

        assertEquals(new RowProblem(6, column, RowProblem.Kind.REQUIRED), problem);
        assertEquals("is required", problem.message());
    }

    @ParameterizedTest
    @CsvSource({"moi-passport", "A", "PASSPORT NEW", "-PASSPORT", "جواز", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void aCodeOutsideTheFormatIsReported(String code) {
        RowProblem problem = onlyProblem(read(HEADER + NATIONAL_CARD + row(code, "", "")));

        assertEquals(5, problem.line());
        assertEquals("service_code", problem.column());
        assertTrue(problem.message().contains(code), problem.message());
    }

    @Test
    void codesOfTwoAndOfThirtyTwoCharactersAreAccepted() {
        CatalogueFile file = read(HEADER + row("A1", "", "") + row("ABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123", "", ""));

        assertEquals(List.of(), file.problems());
        assertEquals(2, file.rows().size());
    }

    @ParameterizedTest
    @CsvSource({
        "'', 8h, resolution_minutes",
        "ساعة, '', first_response_minutes",
        "-5, '', first_response_minutes",
        "0, '', first_response_minutes",
        "'', 1.5, resolution_minutes",
        "99999999999, '', first_response_minutes"
    })
    void aTargetThatIsNotAPositiveWholeNumberIsReported(String firstResponse, String resolution, String column) {
        RowProblem problem =
                onlyProblem(read(HEADER + PASSPORT + NATIONAL_CARD + row("NDC-ACCOUNT", firstResponse, resolution)));

        assertEquals(6, problem.line());
        assertEquals(column, problem.column());
    }

    @Test
    void targetsWrittenInArabicIndicDigitsAreRead() {
        CatalogueRow row = read(HEADER + row("NDC-ACCOUNT", "٦٠", "٤٨٠")).rows().get(0);

        assertEquals(Duration.ofMinutes(60), row.firstResponse());
        assertEquals(Duration.ofMinutes(480), row.resolution());
    }

    @Test
    void aResolutionTargetShorterThanTheFirstResponseIsReportedOnTheResolution() {
        RowProblem problem = onlyProblem(read(HEADER + NATIONAL_CARD + row("NDC-ACCOUNT", "240", "60")));

        assertEquals(
                new RowProblem(5, "resolution_minutes", RowProblem.Kind.RESOLUTION_BEFORE_FIRST_RESPONSE, 60, 240),
                problem);
        assertEquals("the resolution target (60) is shorter than the first response target (240)", problem.message());
    }

    @Test
    void equalTargetsAreAccepted() {
        assertTrue(read(HEADER + row("NDC-ACCOUNT", "60", "60")).accepted());
    }

    @Test
    void aServiceCodeRepeatedInTheFileIsReportedAtItsSecondOccurrence() {
        RowProblem problem = onlyProblem(
                read(HEADER + PASSPORT + NATIONAL_CARD + PASSPORT.replace("إصدار جواز سفر جديد", "جواز سفر")));

        assertEquals(
                new RowProblem(6, "service_code", RowProblem.Kind.DUPLICATE_SERVICE, "MOI-PASSPORT-NEW", 2), problem);
        assertEquals("the service MOI-PASSPORT-NEW is already on line 2", problem.message());
    }

    @Test
    void anInstitutionNamedDifferentlyOnTwoRowsIsReported() {
        RowProblem problem = onlyProblem(read(HEADER + PASSPORT + NATIONAL_CARD.replace("وزارة الداخلية", "الداخلية")));

        assertEquals(3, problem.line());
        assertEquals("institution_name_ar", problem.column());
        assertTrue(problem.message().contains("line 2"), problem.message());
    }

    @Test
    void aMissingHeaderColumnIsReportedOnLineOneAndNoRowIsRead() {
        RowProblem problem = onlyProblem(
                read(HEADER.replace(",standard_answer", "") + PASSPORT.replace(",يمكنك حجز الموعد عبر بوابة أور", "")));

        assertEquals(new RowProblem(1, "standard_answer", RowProblem.Kind.MISSING_COLUMN, "standard_answer"), problem);
        assertEquals("the header has no column standard_answer", problem.message());
    }

    @Test
    void anUnknownOrMisspelledHeaderColumnIsReported() {
        CatalogueFile file = read(HEADER.replace("name_ku,description", "name_kurdish,description") + PASSPORT);

        assertEquals(
                List.of("name_ku", "name_kurdish"),
                file.problems().stream().map(RowProblem::column).toList());
        assertTrue(file.problems().stream().allMatch(p -> p.line() == 1));
    }

    @Test
    void aRepeatedHeaderColumnIsReportedOnLineOne() {
        RowProblem problem = onlyProblem(read(HEADER.replace("description", "name_en") + PASSPORT));

        assertEquals(1, problem.line());
    }

    @Test
    void anEmptyFileIsReportedRatherThanImportedAsNothing() {
        RowProblem problem = onlyProblem(read(""));

        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("header"), problem.message());
    }

    @Test
    void aRowWithAnUnquotedCommaIsReportedAsAWholeRow() {
        RowProblem problem = onlyProblem(
                read(HEADER + PASSPORT.replace("\"حجز موعد، ثم مراجعة المديرية\"", "حجز موعد, ثم مراجعة المديرية")));

        assertEquals(2, problem.line());
        assertEquals("", problem.column());
        assertTrue(problem.message().contains("14 values"), problem.message());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItsRowStarts() {
        RowProblem problem = onlyProblem(read(HEADER
                + PASSPORT
                + NATIONAL_CARD
                + row("NDC-ACCOUNT", "", "").replace("إنشاء حساب", "\"إنشاء حساب")
                + row("NDC-RECOVERY", "", "")));

        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("quoting"), problem.message());
    }

    @Test
    void aFileNotInUtf8IsRefusedRatherThanGarbled() {
        byte[] windowsArabic = (HEADER + PASSPORT).getBytes(Charset.forName("windows-1256"));

        RowProblem problem = onlyProblem(CatalogueCsv.read(CatalogueCsv.utf8(new ByteArrayInputStream(windowsArabic))));

        assertEquals(1, problem.line(), "the encoding is the whole file's problem");
        assertTrue(problem.message().contains("UTF-8"), problem.message());
    }

    @Test
    void oneBadRowAmongGoodOnesLeavesOnlyItsProblemAndNothingToWrite() {
        String csv = HEADER
                + PASSPORT
                + NATIONAL_CARD
                + row("NDC-ACCOUNT", "30", "240")
                + row("ndc", "", "")
                + row("NDC-RECOVERY", "30", "480");

        CatalogueFile file = read(csv);

        assertFalse(file.accepted());
        assertEquals(List.of(), file.rows());
        assertEquals(List.of(new RowProblem(7, "service_code", RowProblem.Kind.NOT_A_CODE, "ndc")), file.problems());
        CatalogueImportRejected rejected = assertThrows(CatalogueImportRejected.class, file::rowsToWrite);
        assertEquals("catalogue.import.rejected", rejected.messageKey());
        assertEquals(file.problems(), rejected.problems());
    }

    @Test
    void everyProblemOfEveryRowIsCollectedInLineOrder() {
        String csv = HEADER + row("bad", "x", "") + PASSPORT + row("NDC-ACCOUNT", "240", "60") + PASSPORT;

        List<RowProblem> problems = read(csv).problems();

        assertEquals(
                List.of("2 service_code", "2 first_response_minutes", "4 resolution_minutes", "5 service_code"),
                problems.stream().map(p -> p.line() + " " + p.column()).toList());
    }

    @Test
    void moreThanFiveThousandRowsIsOneProblemOnTheFirstRowTooMany() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= CatalogueCsv.MAX_ROWS + 3; i++) {
            csv.append(row("SVC-" + i, "", ""));
        }

        RowProblem problem = onlyProblem(read(csv.toString()));

        assertEquals(5002, problem.line());
        assertTrue(problem.message().contains("5000"), problem.message());
    }

    @Test
    void exactlyFiveThousandRowsAreAccepted() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= CatalogueCsv.MAX_ROWS; i++) {
            csv.append(row("SVC-" + i, "", ""));
        }

        assertEquals(CatalogueCsv.MAX_ROWS, read(csv.toString()).rows().size());
    }

    @Test
    void theUtf8ReaderKeepsArabicAndKurdishExactly() {
        byte[] bytes = (HEADER + PASSPORT).getBytes(UTF_8);

        CatalogueRow row = CatalogueCsv.read(CatalogueCsv.utf8(new ByteArrayInputStream(bytes)))
                .rows()
                .get(0);

        assertEquals("وەزارەتی ناوخۆ", row.institutionName().ku());
    }
}
