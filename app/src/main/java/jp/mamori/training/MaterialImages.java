package jp.mamori.training;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.UploadedBytes;
import jp.mamori.training.TrainingEvent.MaterialStored;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Images of a course's Markdown material, uploaded into mamori by the body-wide managers who write
 * courses ({@link ImageUpload}: at most {@code mamori.training.image-max-size}, 5MB by default, PNG,
 * JPEG or GIF recognised from the content and decoded whole, stored with its SHA-256) and handed out
 * only to signed-in people who may see the course: its readers, or a learner of its audience once it
 * is published — after the content is checked against its hash again.
 */
@Service
public class MaterialImages {
    private final TrainingRepository repository;
    private final Courses courses;
    private final ELearning learning;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    MaterialImages(
            TrainingRepository repository,
            Courses courses,
            ELearning learning,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.training.image-max-size:5MB}") DataSize maxSize) {
        this.repository = repository;
        this.courses = courses;
        this.learning = learning;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest image accepted, in whole megabytes (for the form). */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /** An image with its content, for the handler that serves it. */
    public record ImageFile(MaterialImage image, byte[] content) {}

    /** Stores an image for the course's material; a name or a content already there is refused. */
    @Transactional
    public MaterialImage add(long courseId, String fileName, long declaredSize, InputStream content)
            throws IOException {
        courses.requireManager();
        Course course = courses.lockedCourse(courseId);
        if (!course.kind().online()) {
            throw InvalidInputException.of("image", "trn.error.notOnline");
        }
        ImageUpload upload = ImageUpload.read(fileName, declaredSize, content, maxBytes);
        List<MaterialImage> present = repository.images(courseId);
        if (present.stream().anyMatch(i -> i.fileName().equals(upload.fileName()))) {
            throw InvalidInputException.of("image", "trn.error.imageNameExists", upload.fileName());
        }
        present.stream()
                .filter(i -> i.sha256().equals(upload.sha256()))
                .findFirst()
                .ifPresent(i -> {
                    throw InvalidInputException.of("image", "trn.error.imageDuplicate", i.fileName());
                });
        String actor = Access.currentLogin();
        long id = repository.insertImage(courseId, upload, actor, OffsetDateTime.now(clock));
        events.publishEvent(new MaterialStored(courseId, actor, "image", upload.fileName(), upload.sha256()));
        return repository.images(courseId).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The course's images, for pages that have shown the course (its readers or a learner). */
    @Transactional(readOnly = true)
    public List<MaterialImage> images(long courseId) {
        mayView(courseId);
        return repository.images(courseId);
    }

    /**
     * The image for someone who may see the course (404 for an image of another course); its content
     * must still have the recorded SHA-256.
     */
    @Transactional(readOnly = true)
    public ImageFile image(long courseId, long imageId) {
        mayView(courseId);
        MaterialImage image = repository.images(courseId).stream()
                .filter(i -> i.id() == imageId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("training-image", imageId));
        byte[] content = repository.imageContent(imageId);
        if (!UploadedBytes.matches(content, image.sha256())) {
            throw new IllegalStateException("the stored image " + imageId + " no longer has its SHA-256");
        }
        return new ImageFile(image, content);
    }

    /** Readers of training see every course; anyone else only a published course of their audience. */
    private void mayView(long courseId) {
        if (courses.mayRead()) {
            courses.course(courseId);
        } else {
            learning.lesson(courseId);
        }
    }
}
