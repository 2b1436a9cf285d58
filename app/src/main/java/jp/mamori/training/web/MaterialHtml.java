package jp.mamori.training.web;

import java.util.List;
import java.util.Locale;
import jp.mamori.training.MaterialImage;
import jp.mamori.training.MaterialMarkdown;
import org.springframework.context.MessageSource;

/** A course's material for the course page and the learner's page, with the course's own images. */
final class MaterialHtml {
    private MaterialHtml() {}

    static String of(String markdown, List<MaterialImage> images, MessageSource messages, Locale locale) {
        return MaterialMarkdown.render(
                markdown,
                images,
                (description, target) ->
                        messages.getMessage("trn.material.imageNotShown", new Object[] {description, target}, locale));
    }
}
