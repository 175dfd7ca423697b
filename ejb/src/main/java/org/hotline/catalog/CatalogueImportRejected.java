package org.hotline.catalog;

import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.common.FieldProblem;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * The catalogue file has at least one bad row, so none of it was imported: a catalogue half old and half new would
 * have agents read out answers for services that changed under them. Carries every problem found, so the file can be
 * fixed in one go rather than one error per attempt.
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "catalogue-rejected")
public class CatalogueImportRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<RowProblem> problems;

    public CatalogueImportRejected(List<RowProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<RowProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected catalogue has at least one problem");
        }
        return "catalogue rejected, nothing imported: " + problems.size()
                + (problems.size() == 1 ? " problem, " : " problems, the first ") + problems.get(0);
    }

    /** Every problem of the file, in the order of its lines. */
    public List<RowProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "catalogue.import.rejected";
    }

    @Override
    public String detail() {
        return "The catalogue was not imported and nothing changed: the file has " + problems.size()
                + (problems.size() == 1 ? " problem." : " problems.");
    }

    /** One per problem of the file, so the client can list them all, each where it is in the file. */
    @Override
    public List<FieldProblem> fieldProblems() {
        return problems.stream()
                .map(p -> new FieldProblem("line " + p.line() + ": " + p.column(), p.message()))
                .toList();
    }
}
