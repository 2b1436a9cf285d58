package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion per person per 年度, and per unit, employment category and course, with the people
 * still missing. Body-wide readers see every unit; a unit's managers see their units; everyone sees
 * their own.
 */
@Service
public class Completions implements OwedTraining {
    private final TrainingRepository repository;
    private final Audiences audiences;
    private final Courses courses;
    private final Access access;
    private final Clock clock;

    Completions(TrainingRepository repository, Audiences audiences, Courses courses, Access access, Clock clock) {
        this.repository = repository;
        this.audiences = audiences;
        this.courses = courses;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A year's completion as one reader may see it. */
    public record Overview(
            int fiscalYear,
            @Nullable Long courseId,
            Rate total,
            List<Rate> units,
            List<Rate> categories,
            List<Rate> courses,
            List<Obligation> missing,
            List<Obligation> obligations) {}

    @Transactional(readOnly = true)
    public Overview overview(int year, @Nullable Long courseId) {
        courses.requireReader();
        List<Course> published = repository.courses(year, true).stream()
                .filter(c -> courseId == null || c.id() == courseId)
                .toList();
        List<Obligation> all = audiences.obligations(published, LocalDate.now(clock)).stream()
                .filter(o ->
                        access.canReadAll() || access.canManageUnit(o.member().unitId()))
                .toList();
        List<Obligation> missing = all.stream()
                .filter(o -> !o.completed())
                .sorted(Comparator.comparing(Obligation::dueDate)
                        .thenComparing(o -> o.member().unitName())
                        .thenComparing(o -> o.member().staffNumber()))
                .toList();
        return new Overview(
                year,
                courseId,
                rate(0, "", all),
                rates(all, o -> o.member().unitId(), o -> o.member().unitName()),
                rates(all, o -> o.member().categoryId(), o -> o.member().categoryName()),
                rates(all, Obligation::courseId, Obligation::courseTitle),
                missing,
                all);
    }

    private static List<Rate> rates(
            List<Obligation> all, Function<Obligation, Long> key, Function<Obligation, String> name) {
        Map<Long, List<Obligation>> groups = new LinkedHashMap<>();
        all.forEach(o ->
                groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        return groups.entrySet().stream()
                .map(e -> rate(e.getKey(), name.apply(e.getValue().get(0)), e.getValue()))
                .toList();
    }

    private static Rate rate(long id, String name, List<Obligation> group) {
        Set<Long> people = new HashSet<>();
        group.forEach(o -> people.add(o.member().personId()));
        int completed = (int) group.stream().filter(Obligation::completed).count();
        return new Rate(id, name, people.size(), group.size(), completed);
    }

    /** The signed-in person's courses of the current year, owed first, then completed. */
    @Transactional(readOnly = true)
    public List<Obligation> mine() {
        Long person = access.user().personId();
        if (person == null) {
            return List.of();
        }
        return ofPerson(person);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Obligation> owedBy(long personId) {
        return ofPerson(personId).stream().filter(o -> !o.completed()).toList();
    }

    private List<Obligation> ofPerson(long personId) {
        LocalDate today = LocalDate.now(clock);
        List<Course> published = repository.courses(Wareki.fiscalYearOf(today), true);
        return audiences.obligationsOf(personId, published, today).stream()
                .sorted(Comparator.comparing(Obligation::completed).thenComparing(Obligation::dueDate))
                .toList();
    }

    /** Everyone's open obligations of the current year that fall due within the days ahead, or are past due. */
    @Transactional(readOnly = true)
    List<Obligation> dueWithin(LocalDate day, int daysAhead) {
        List<Course> published = repository.courses(Wareki.fiscalYearOf(day), true);
        return audiences.obligations(published, day).stream()
                .filter(o -> !o.completed() && !o.dueDate().isAfter(day.plusDays(daysAhead)))
                .toList();
    }

    /** The recorded completions, for the API; unit managers see their units' people only. */
    @Transactional(readOnly = true)
    public Page<CompletionRecord> records(@Nullable Integer year, @Nullable Long courseId, int page, int size) {
        courses.requireReader();
        int[] b = Page.bounds(page, size);
        if (access.canReadAll()) {
            return new Page<>(
                    repository.completionPage(year, courseId, b[0] * b[1], b[1]),
                    b[0],
                    b[1],
                    repository.countCompletions(year, courseId));
        }
        List<CompletionRecord> mine = repository.completionPage(year, courseId, 0, Integer.MAX_VALUE).stream()
                .filter(c -> access.canManageUnit(c.unitId()))
                .toList();
        int from = Math.min(mine.size(), b[0] * b[1]);
        return new Page<>(mine.subList(from, Math.min(mine.size(), from + b[1])), b[0], b[1], mine.size());
    }

    @Transactional(readOnly = true)
    public CompletionRecord record(long courseId, long personId) {
        courses.requireReader();
        CompletionRecord record = repository
                .completion(courseId, personId)
                .orElseThrow(() -> new NotFoundException("training-completion", courseId + "/" + personId));
        if (!access.canReadAll() && !access.canManageUnit(record.unitId())) {
            throw new NotAllowedException("trn.error.mayNotRead");
        }
        return record;
    }

    /** The year's completion as an Excel workbook: by unit, by category, by course, missing people, everyone. */
    @Transactional(readOnly = true)
    public byte[] workbook(int year, @Nullable Long courseId) {
        return CompletionWorkbook.write(overview(year, courseId), LocalDate.now(clock));
    }
}
