package jp.mamori.training;

import java.time.OffsetDateTime;

/**
 * An image of a course's material, stored in mamori: the name the Markdown refers to it by
 * ({@code ![説明](name.png)}), the type recognised from its content, its SHA-256, size and pixels.
 */
public record MaterialImage(
        long id,
        long courseId,
        String fileName,
        String contentType,
        String sha256,
        long sizeBytes,
        int width,
        int height,
        String addedBy,
        OffsetDateTime addedAt) {

    /** Where the image is served from, to signed-in people who may see the course. */
    public String path() {
        return "/training/courses/" + courseId + "/images/" + id;
    }

    /** The Markdown that shows it, for the author to copy. */
    public String markdown() {
        return "![" + fileName.replaceFirst("\\.[A-Za-z]+$", "") + "](" + fileName + ")";
    }
}
