package jp.mamori.training.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.training.Completions;
import jp.mamori.training.ELearning;
import jp.mamori.training.MaterialImages;
import jp.mamori.training.TestQuestion;
import jp.mamori.web.form.Flash;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a person owes this 年度, and taking a course in the product: material, test, result. */
@Controller
@PreAuthorize("isAuthenticated()")
class LearningPages {
    private final Completions completions;
    private final ELearning learning;
    private final MaterialImages images;
    private final MessageSource messages;

    LearningPages(Completions completions, ELearning learning, MaterialImages images, MessageSource messages) {
        this.completions = completions;
        this.learning = learning;
        this.images = images;
        this.messages = messages;
    }

    @GetMapping("/training/mine")
    @PreAuthorize("isAuthenticated()")
    public String mine(Model model) {
        model.addAttribute("obligations", completions.mine());
        model.addAttribute("today", completions.today());
        return "training/mine";
    }

    @GetMapping("/training/courses/{id}/learn")
    @PreAuthorize("isAuthenticated()")
    public String learn(@PathVariable long id, Model model, Locale locale) {
        ELearning.Lesson lesson = learning.lesson(id);
        model.addAttribute("lesson", lesson);
        model.addAttribute(
                "material", MaterialHtml.of(lesson.course().materialMarkdown(), images.images(id), messages, locale));
        return "training/learn";
    }

    /**
     * An image of the course's material, for a signed-in person who may see the course (its readers,
     * or a learner of its audience once published); the service checks, 403 or 404 otherwise.
     */
    @GetMapping("/training/courses/{id}/images/{imageId}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId) {
        MaterialImages.ImageFile file = images.image(id, imageId);
        return Downloads.inlineImage(
                file.content(),
                file.image().fileName(),
                file.image().contentType(),
                file.image().sha256());
    }

    @GetMapping("/training/courses/{id}/learn/material.pdf")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.attachment(learning.pdf(id), "material-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @PostMapping("/training/courses/{id}/learn")
    @PreAuthorize("isAuthenticated()")
    public String take(
            @PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        Map<Long, Integer> answers = new HashMap<>();
        for (TestQuestion q : learning.lesson(id).questions()) {
            String chosen = form.get("q-" + q.id());
            if (chosen != null) {
                try {
                    answers.put(q.id(), Integer.parseInt(chosen));
                } catch (NumberFormatException e) {
                    // not a choice: the question counts as unanswered
                }
            }
        }
        try {
            ELearning.Result result = learning.take(id, answers);
            redirect.addFlashAttribute("result", result);
        } catch (InvalidInputException e) {
            Flash.problems(redirect, messages, e, locale);
        }
        return "redirect:/training/courses/" + id + "/learn";
    }
}
