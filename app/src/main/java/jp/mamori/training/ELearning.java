package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.training.TrainingEvent.CompletionRecorded;
import jp.mamori.training.TrainingEvent.TestTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a course in the product: a person of its audience reads the material and answers the test;
 * a score at or above the pass mark records the completion. Every attempt is kept and audited.
 */
@Service
public class ELearning {
    private final TrainingRepository repository;
    private final Audiences audiences;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ELearning(
            TrainingRepository repository,
            Audiences audiences,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.audiences = audiences;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** What the learner's page shows. */
    public record Lesson(
            Course course,
            Obligation obligation,
            List<TestQuestion> questions,
            boolean hasPdf,
            Optional<Integer> bestScore) {}

    /** The outcome of one attempt. */
    public record Result(int score, int passMark, boolean passed, boolean newlyCompleted, int right, int questions)
            implements java.io.Serializable {}

    /** The course for the signed-in person, who must belong to its audience. */
    @Transactional(readOnly = true)
    public Lesson lesson(long courseId) {
        long person = person();
        Course course = repository
                .course(courseId, false)
                .filter(Course::published)
                .orElseThrow(() -> new NotFoundException("training-course", courseId));
        Obligation obligation = audiences.obligationsOf(person, List.of(course), LocalDate.now(clock)).stream()
                .findFirst()
                .orElseThrow(() -> new NotAllowedException("trn.error.notInAudience"));
        return new Lesson(
                course,
                obligation,
                course.kind().online() ? repository.questions(courseId) : List.of(),
                repository.pdfInfo(courseId).isPresent(),
                repository.bestScore(courseId, person));
    }

    /** The course's PDF for the signed-in learner. */
    @Transactional(readOnly = true)
    public byte[] pdf(long courseId) {
        lesson(courseId);
        return repository.pdf(courseId).orElseThrow(() -> new NotFoundException("training-material", courseId));
    }

    /**
     * Scores the answers (question id → chosen choice, from 0); every question must be answered.
     * Passing records the completion (once; later attempts are kept but change nothing).
     */
    @Transactional
    public Result take(long courseId, Map<Long, Integer> answers) {
        Lesson lesson = lesson(courseId);
        if (!lesson.course().kind().online() || lesson.questions().isEmpty()) {
            throw InvalidInputException.of("answers", "trn.error.notOnline");
        }
        int right = 0;
        int missing = 0;
        for (TestQuestion q : lesson.questions()) {
            Integer chosen = answers.get(q.id());
            if (chosen == null || chosen < 0 || chosen >= q.choices().size()) {
                missing++;
            } else if (chosen == q.correct()) {
                right++;
            }
        }
        if (missing > 0) {
            throw InvalidInputException.of("answers", "trn.error.unanswered", missing);
        }
        int total = lesson.questions().size();
        int score = 100 * right / total;
        boolean passed = score >= lesson.course().passMark();
        long person = lesson.obligation().member().personId();
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertAttempt(courseId, person, score, passed, now);
        events.publishEvent(new TestTaken(courseId, actor, person, score, passed));
        boolean completed = false;
        if (passed) {
            LocalDate today = LocalDate.now(clock);
            completed = repository.complete(courseId, person, today, "TEST", score, actor, now);
            if (completed) {
                events.publishEvent(new CompletionRecorded(courseId, actor, person, "TEST", today.toString()));
            }
        }
        return new Result(score, lesson.course().passMark(), passed, completed, right, total);
    }

    private long person() {
        Long person = access.user().personId();
        if (person == null) {
            throw new NotAllowedException("trn.error.noPerson");
        }
        return person;
    }
}
