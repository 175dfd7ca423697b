package org.hotline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.catalog.CatalogueImportRejected;
import org.hotline.catalog.RowProblem;
import org.junit.jupiter.api.Test;

class BusinessExceptionMapperTest {

    @Test
    void aRejectedCatalogueIsABadRequestWithOneErrorPerProblemByLineAndColumn() {
        CatalogueImportRejected rejected = new CatalogueImportRejected(List.of(
                new RowProblem(1, "standard_answer", RowProblem.Kind.MISSING_COLUMN, "standard_answer"),
                new RowProblem(7, "", RowProblem.Kind.WRONG_VALUE_COUNT, 14, 13)));

        Problem problem = BusinessExceptionMapper.problem(rejected);

        assertEquals(400, problem.status());
        assertEquals("urn:hotline:problem:catalogue-rejected", problem.type());
        assertEquals(
                List.of(
                        new Problem.FieldError("line 1: standard_answer", "the header has no column standard_answer"),
                        new Problem.FieldError(
                                "line 7: ",
                                "the row has 14 values, the header 13; a value with a comma or a line"
                                        + " break must be in double quotes")),
                problem.errors());
    }

    @Test
    void theFileRefusalsHaveTheirStatusAndProblemType() {
        assertEquals(
                415,
                BusinessExceptionMapper.problem(AttachmentRejected.malformed(null))
                        .status());
        assertEquals(
                "urn:hotline:problem:malformed-attachment",
                BusinessExceptionMapper.problem(AttachmentRejected.malformed(null))
                        .type());
        Problem tooLarge = BusinessExceptionMapper.problem(AttachmentRejected.imageTooLarge(10_000, 10_000));
        assertEquals(400, tooLarge.status());
        assertEquals("urn:hotline:problem:image-too-large", tooLarge.type());
        assertEquals("file", tooLarge.errors().get(0).field());
        assertEquals(
                413,
                BusinessExceptionMapper.problem(AttachmentRejected.tooLarge(11_000_000))
                        .status());
    }
}
