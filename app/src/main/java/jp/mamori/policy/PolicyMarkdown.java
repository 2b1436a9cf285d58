package jp.mamori.policy;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Policy text in Markdown (CommonMark with GFM tables) rendered to HTML that is safe to put on a
 * page as it is: raw HTML in the source is escaped (shown as text, never run), and links and images
 * keep only safe targets — links to http, https, mailto or a path inside mamori, images only from
 * inside mamori. Anything else loses its target.
 */
public final class PolicyMarkdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SafeTargets())
            .build();

    private PolicyMarkdown() {}

    /** The HTML of the Markdown text. */
    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /**
     * The Markdown text parsed with the same extensions, for a module that rewrites the tree (e.g.
     * the training module resolving its stored images) before {@link #render(Node)}.
     */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The HTML of a parsed (possibly rewritten) document, under the same rules as {@link #render(String)}. */
    public static String render(Node document) {
        return RENDERER.render(document);
    }

    /** Link and image targets that may stay. */
    static final class SafeTargets implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            String target = url.strip();
            if (isInside(target)) {
                return target;
            }
            String lower = target.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
                return target;
            }
            return "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            String target = url.strip();
            return isInside(target) ? target : "";
        }

        /** A path or fragment inside mamori, not a protocol-relative address ({@code //host}). */
        private static boolean isInside(String target) {
            return (target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\"))
                    || target.startsWith("#");
        }
    }
}
