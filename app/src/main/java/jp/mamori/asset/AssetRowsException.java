package jp.mamori.asset;

import java.util.List;

/** A batch refused as a whole: every problem, each naming the draft's index in the batch and its field. */
class AssetRowsException extends RuntimeException {
    /** One problem of one draft: index in the batch (from 0), field, message key and arguments. */
    record RowProblem(int index, String field, String messageKey, List<Object> args) {
        RowProblem {
            args = List.copyOf(args);
        }
    }

    private final List<RowProblem> problems;

    AssetRowsException(List<RowProblem> problems) {
        super(problems.size() + " problem(s) in the batch");
        this.problems = List.copyOf(problems);
    }

    List<RowProblem> problems() {
        return problems;
    }
}
