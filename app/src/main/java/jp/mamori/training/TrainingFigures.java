package jp.mamori.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import jp.mamori.shared.Wareki;
import org.springframework.stereotype.Component;

/**
 * The training module's part of the office's picture: per unit, the courses of this 年度 completed
 * out of those owed (as on the completion page). The obligations come from the same few queries
 * the completion page uses (members in post, completions of the year's courses).
 */
@Component
class TrainingFigures implements FigureSource {
    private final TrainingRepository repository;
    private final Audiences audiences;

    TrainingFigures(TrainingRepository repository, Audiences audiences) {
        this.repository = repository;
        this.audiences = audiences;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        List<Course> published = repository.courses(Wareki.fiscalYearOf(today), true);
        Map<Long, long[]> byUnit = new TreeMap<>();
        for (Obligation o : audiences.obligations(published, today)) {
            long[] c = byUnit.computeIfAbsent(o.member().unitId(), u -> new long[2]);
            c[1]++;
            if (o.completed()) {
                c[0]++;
            }
        }
        List<Figure> figures = new ArrayList<>();
        byUnit.forEach((unit, c) -> figures.add(
                new Figure("training.completed", Axis.UNIT, Long.toString(unit), c[0], c[1], "/training/completions")));
        return figures;
    }
}
