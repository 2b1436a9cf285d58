package jp.mamori.training.web;

import java.util.List;
import jp.mamori.shared.Page;
import jp.mamori.training.CompletionRecord;
import jp.mamori.training.Completions;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.Courses;
import jp.mamori.training.Session;
import jp.mamori.training.Sessions;
import jp.mamori.training.TestQuestion;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/courses} and {@code /api/v1/training/completions}: read-only, for body-wide
 * readers and unit managers (completions of their units' people).
 */
@RestController
@PreAuthorize("isAuthenticated()")
class TrainingApi {
    private final Courses courses;
    private final Sessions sessions;
    private final Completions completions;

    TrainingApi(Courses courses, Sessions sessions, Completions completions) {
        this.courses = courses;
        this.sessions = sessions;
        this.completions = completions;
    }

    /** A course with its test and its sessions. */
    record CourseResource(Course course, List<TestQuestion> questions, List<Session> sessions) {}

    @GetMapping("/api/v1/courses")
    @PreAuthorize(Rights.READ)
    public Page<Course> courses(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return courses.coursePage(page, size);
    }

    @GetMapping("/api/v1/courses/{id}")
    @PreAuthorize(Rights.READ)
    public CourseResource course(@PathVariable long id) {
        Course course = courses.course(id);
        return new CourseResource(
                course,
                courses.questions(id),
                course.kind().completion() == CourseKind.Completion.ATTENDANCE ? sessions.sessions(id) : List.of());
    }

    @GetMapping("/api/v1/training/completions")
    @PreAuthorize(Rights.READ)
    public Page<CompletionRecord> completions(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long course,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return completions.records(year, course, page, size);
    }

    @GetMapping("/api/v1/training/completions/{courseId}/{personId}")
    @PreAuthorize(Rights.READ)
    public CompletionRecord completion(@PathVariable long courseId, @PathVariable long personId) {
        return completions.record(courseId, personId);
    }
}
