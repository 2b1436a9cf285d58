package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/** A request to dispose of an asset: the day, the method and who carries it out. */
public record DisposalRequest(@Nullable LocalDate date, String method, String carriedOutBy) {
    static final int METHOD_MAX = 500;
    static final int PERSON_MAX = 100;

    public DisposalRequest {
        method = method == null ? "" : method.strip();
        carriedOutBy = carriedOutBy == null ? "" : carriedOutBy.strip();
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.of("date", "asset.disposal.date.required"));
        }
        if (method.isEmpty()) {
            problems.add(Problem.of("method", "asset.disposal.method.required"));
        } else if (method.length() > METHOD_MAX) {
            problems.add(Problem.of("method", "asset.tooLong", METHOD_MAX));
        }
        if (carriedOutBy.isEmpty()) {
            problems.add(Problem.of("carriedOutBy", "asset.disposal.carriedOutBy.required"));
        } else if (carriedOutBy.length() > PERSON_MAX) {
            problems.add(Problem.of("carriedOutBy", "asset.tooLong", PERSON_MAX));
        }
        return problems;
    }
}
