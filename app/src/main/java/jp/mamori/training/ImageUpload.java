package jp.mamori.training;

import static jp.mamori.shared.UploadedBytes.startsWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.UploadedBytes;
import org.jspecify.annotations.Nullable;

/**
 * An image uploaded for course material, read as hostile: at most {@code max} bytes are read (one
 * more tells it is too large) with the SHA-256 taken while reading; the type is recognised from the
 * first bytes — PNG, JPEG or GIF, never from the name or what the browser claims (SVG, which can
 * carry script, and everything else are refused); the size in pixels is read from the header and
 * limited before anything is decoded (no decompression bomb), then the whole image is decoded, so a
 * file that only starts like an image is refused. The name is stripped of paths, control characters
 * and the characters Markdown gives a meaning to.
 */
record ImageUpload(String fileName, String contentType, String sha256, int width, int height, byte[] content) {
    /** The longest side in pixels. */
    static final int MAX_SIDE = 4096;

    static final int NAME_MAX = 100;

    static ImageUpload read(String fileName, long declaredSize, InputStream in, long max) throws IOException {
        UploadedBytes read = UploadedBytes.read(in, declaredSize, max, () -> tooLarge(max), ImageUpload::emptyFile);
        String name = safeName(fileName);
        String type = sniff(read.content());
        if (type == null) {
            throw InvalidInputException.of("image", "trn.error.imageType", name);
        }
        int[] size = decode(read.content(), type, name);
        return new ImageUpload(name, type, read.sha256(), size[0], size[1], read.content());
    }

    /** PNG, JPEG or GIF by the signature at the start, else null. */
    static @Nullable String sniff(byte[] c) {
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(c, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (startsWith(c, "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                || startsWith(c, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        return null;
    }

    /** Width and height, after checking the header's size and decoding the whole image. */
    private static int[] decode(byte[] content, String type, String name) {
        String format = type.substring("image/".length());
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw broken(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw InvalidInputException.of("image", "trn.error.imageDimensions", name, MAX_SIDE);
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() != width || image.getHeight() != height) {
                    throw broken(name);
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw broken(name);
        }
    }

    /**
     * The last path element without control characters; white space and the characters Markdown
     * gives a meaning to ({@code ()[]<>}, quotes, backslash) become {@code _}; at most 100 characters.
     */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip()
                .replaceAll("[\\s()\\[\\]<>\"'`]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "image" + name;
        }
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }

    private static InvalidInputException broken(String name) {
        return InvalidInputException.of("image", "trn.error.imageBroken", name);
    }

    private static InvalidInputException tooLarge(long max) {
        return InvalidInputException.of("image", "trn.error.fileTooLarge", Math.max(1, max / (1024 * 1024)));
    }

    @Override
    public String toString() {
        return "ImageUpload[" + fileName + ", " + contentType + ", " + width + "x" + height + ", sha256=" + sha256
                + "]";
    }

    private static InvalidInputException emptyFile() {
        return InvalidInputException.of("image", "trn.error.fileEmpty");
    }
}
