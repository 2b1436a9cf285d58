package jp.mamori.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import jp.mamori.policy.PolicyMarkdown;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A course's Markdown material as HTML, under the policy text's rules ({@link PolicyMarkdown}: raw
 * HTML shown as text, safe link targets) with the course's own images: an image written with the
 * name of an image uploaded to the course ({@code ![説明](図1.png)}) or with its path
 * ({@code /training/courses/{id}/images/{imageId}}) is shown from mamori; every other image — an
 * address outside mamori, another path, an unknown name — is not shown and nothing is fetched: it
 * becomes a short text saying so.
 */
public final class MaterialMarkdown {
    private MaterialMarkdown() {}

    /**
     * The HTML of the material.
     *
     * @param images the course's images
     * @param notShown the text that stands for an image not shown, from its description and target
     */
    public static String render(
            String markdown, List<MaterialImage> images, BiFunction<String, String, String> notShown) {
        Map<String, MaterialImage> known = new HashMap<>();
        for (MaterialImage image : images) {
            known.put(image.fileName(), image);
            known.put(image.path(), image);
        }
        Node document = PolicyMarkdown.parse(markdown);
        List<Image> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                found.add(image);
            }
        });
        for (Image image : found) {
            String target = image.getDestination().strip();
            MaterialImage stored = known.get(target);
            if (stored != null) {
                image.setDestination(stored.path());
            } else {
                image.insertBefore(new Text(notShown.apply(description(image), target)));
                image.unlink();
            }
        }
        return PolicyMarkdown.render(document);
    }

    /** The image's description (its alt text) as plain text. */
    private static String description(Image image) {
        StringBuilder text = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
