package jp.mamori.printing;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Japanese font embedded in every PDF mamori writes. Looks, in order, at the file named by
 * {@code mamori.pdf.font}, the IPAex fonts of Debian's {@code fonts-ipaexfont}, and MS Gothic or
 * Yu Gothic on Windows; the first readable one wins and is loaded once. A {@code .ttc} collection
 * takes the face index after a comma ({@code msgothic.ttc,0}). Nothing is fetched from outside.
 */
@Component
public class JapaneseFont {
    /** Fonts known to work with OpenPDF (TrueType outlines), in order of preference. */
    static final List<String> WELL_KNOWN = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "C:/Windows/Fonts/msgothic.ttc,0",
            "C:/Windows/Fonts/YuGothM.ttc,0");

    private final List<String> candidates;
    private volatile @Nullable BaseFont loaded;

    @Autowired
    JapaneseFont(@Value("${mamori.pdf.font:}") String configured) {
        this(candidates(configured, WELL_KNOWN));
    }

    JapaneseFont(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    static List<String> candidates(String configured, List<String> wellKnown) {
        List<String> all = new ArrayList<>();
        if (!configured.isBlank()) {
            all.add(configured.strip());
        }
        all.addAll(wellKnown);
        return all;
    }

    /** The font, loaded on first use; {@link FontMissingException} when none of the candidates works. */
    public BaseFont baseFont() {
        BaseFont font = loaded;
        if (font == null) {
            font = load();
            loaded = font;
        }
        return font;
    }

    /** A font of the given size (points) and style ({@link Font#NORMAL}, {@link Font#BOLD} …). */
    public Font font(float size, int style) {
        return new Font(baseFont(), size, style);
    }

    /** True when a font can be found, so pages can offer the PDF download or explain why not. */
    public boolean available() {
        try {
            baseFont();
            return true;
        } catch (FontMissingException e) {
            return false;
        }
    }

    private BaseFont load() {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates) {
            tried.add(candidate);
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            try {
                return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException | RuntimeException e) {
                // not a font OpenPDF can embed (CFF outlines, damaged file …): try the next one
            }
        }
        throw new FontMissingException(tried);
    }
}
