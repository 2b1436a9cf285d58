package jp.mamori.network.web;

import java.io.IOException;
import java.io.InputStream;
import jp.mamori.network.InputKind;
import jp.mamori.network.NetcheckRun;
import jp.mamori.network.NetcheckRuns;
import jp.mamori.network.ZoneModels;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.system.SystemRegister;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The netcheck pages: the runs with the upload form, and one run with its progress (the page
 * reloads itself until the check is done), the comparison with the device's previous run and the
 * report. Each handler is authorised by {@code @networkAccess}.
 */
@Controller
class NetcheckRunPages {
    private final NetcheckRuns runs;
    private final ZoneModels models;
    private final SystemRegister systems;

    NetcheckRunPages(NetcheckRuns runs, ZoneModels models, SystemRegister systems) {
        this.runs = runs;
        this.models = models;
        this.systems = systems;
    }

    @GetMapping("/netcheck/runs")
    @PreAuthorize("@networkAccess.mayRead()")
    public String list(Model model) {
        model.addAttribute("runs", runs.latest(200));
        model.addAttribute("kinds", InputKind.values());
        model.addAttribute("inForce", models.inForce().orElse(null));
        model.addAttribute("maxMegabytes", runs.maxBytes() / (1024 * 1024));
        model.addAttribute(
                "systems",
                systems.systems().stream()
                        .filter(s -> systems.mayManage(s.id()))
                        .toList());
        return "network/runs";
    }

    @PostMapping("/netcheck/runs")
    @PreAuthorize("@networkAccess.mayUpload()")
    public String upload(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String device,
            @RequestParam(defaultValue = "") String system,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            Flash.alert(redirect, InvalidInputException.of("file", "network.run.error.empty"));
            return "redirect:/netcheck/runs";
        }
        try (InputStream in = file.getInputStream()) {
            NetcheckRun run = runs.start(
                    new NetcheckRuns.Upload(
                            String.valueOf(file.getOriginalFilename()),
                            InputKind.byCode(kind).orElse(null),
                            device,
                            system),
                    in);
            Flash.notice(redirect, "network.run.started", run.id());
            return "redirect:/netcheck/runs/" + run.id();
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
            return "redirect:/netcheck/runs";
        }
    }

    @GetMapping("/netcheck/runs/{id}")
    @PreAuthorize("@networkAccess.mayReadRun(#id)")
    public String show(@PathVariable long id, Model model) {
        NetcheckRun run = runs.get(id);
        model.addAttribute("run", run);
        model.addAttribute("report", runs.report(id).map(RunView::report).orElse(null));
        model.addAttribute(
                "comparison", runs.comparison(id).map(RunView::comparison).orElse(null));
        model.addAttribute(
                "system",
                run.systemId() == null ? null : systems.system(run.systemId()).orElse(null));
        return "network/run";
    }
}
