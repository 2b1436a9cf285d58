package jp.mamori.control.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.control.soa.Applicabilities;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statement of applicability pages: the units and information systems one may read, and a
 * unit's or a system's applicable measures with the reason, status, responsible person and checks;
 * managers of the unit (for a system also its 管理者) record, body-wide managers approve 対象外. The
 * unit and system pages share their templates: {@code base} is the path of the statement and
 * {@code scopeTitle} its heading.
 */
@Controller
class SoaPages {
    private final Applicabilities soa;
    private final MessageSource messages;

    SoaPages(Applicabilities soa, MessageSource messages) {
        this.soa = soa;
        this.messages = messages;
    }

    @GetMapping("/soa")
    @PreAuthorize("isAuthenticated()")
    public String units(Model model) {
        model.addAttribute("units", soa.readableUnits());
        model.addAttribute("systems", soa.readableSystems());
        return "control/soa-units";
    }

    private void unitScope(long unitId, Model model, Locale locale) {
        model.addAttribute("base", "/soa/units/" + unitId);
        model.addAttribute("scope", jp.mamori.control.soa.SoaScope.unit(unitId));
        model.addAttribute(
                "scopeTitle",
                messages.getMessage(
                        "control.soa.unitTitle", new Object[] {soa.unit(unitId).name()}, locale));
    }

    private void systemScope(long systemId, Model model, Locale locale) {
        var system = soa.system(systemId);
        model.addAttribute("base", "/soa/systems/" + systemId);
        model.addAttribute("scope", jp.mamori.control.soa.SoaScope.system(systemId));
        model.addAttribute(
                "scopeTitle",
                messages.getMessage(
                        "control.soa.systemTitle", new Object[] {system.assetNumber() + " " + system.name()}, locale));
        model.addAttribute("system", system);
    }

    @GetMapping("/soa/units/{unitId}")
    @PreAuthorize(SoaEvidencePages.MAY_READ_SOA)
    public String unit(
            @PathVariable long unitId,
            @RequestParam(required = false) @Nullable ImplementationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        unitScope(unitId, model, locale);
        model.addAttribute("unit", soa.unit(unitId));
        model.addAttribute("result", soa.page(unitId, status, page, ControlPages.PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayRecord", soa.mayRecord(unitId));
        return "control/soa-unit";
    }

    @GetMapping("/soa/units/{unitId}/measures/{measureId}")
    @PreAuthorize(SoaEvidencePages.MAY_READ_SOA)
    public String entry(@PathVariable long unitId, @PathVariable String measureId, Model model, Locale locale) {
        Applicabilities.Line line = soa.lines(unitId).stream()
                .filter(l -> l.measure().id().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new jp.mamori.shared.NotFoundException("control-soa", measureId));
        unitScope(unitId, model, locale);
        model.addAttribute("unit", soa.unit(unitId));
        model.addAttribute("line", line);
        model.addAttribute("statuses", ImplementationStatus.recordable());
        model.addAttribute("mayRecord", soa.mayRecord(unitId));
        model.addAttribute("mayApprove", line.entry().naPending() && soa.mayApproveNotApplicable(line.entry()));
        return "control/soa-entry";
    }

    @PostMapping("/soa/units/{unitId}/measures/{measureId}")
    @PreAuthorize(SoaEvidencePages.MAY_RECORD_SOA)
    public String record(
            @PathVariable long unitId,
            @PathVariable String measureId,
            @RequestParam ImplementationStatus status,
            RecordingForm form,
            RedirectAttributes redirect,
            Locale locale) {
        Runnable recording = () -> soa.record(unitId, measureId, form.recording(status));
        return recorded("/soa/units/" + unitId, measureId, recording, redirect, locale);
    }

    @PostMapping("/soa/units/{unitId}/measures/{measureId}/approve-not-applicable")
    @PreAuthorize("@access.isBodyWideManager()")
    public String approve(@PathVariable long unitId, @PathVariable String measureId, RedirectAttributes redirect) {
        soa.approveNotApplicable(unitId, measureId);
        Flash.notice(redirect, "control.soa.naApproved", measureId);
        return "redirect:/soa/units/" + unitId + "/measures/" + measureId;
    }

    // ---- one information system ----

    @GetMapping("/soa/systems/{systemId}")
    @PreAuthorize("@systemAccess.mayRead(#systemId)")
    public String system(
            @PathVariable long systemId,
            @RequestParam(required = false) @Nullable ImplementationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        systemScope(systemId, model, locale);
        model.addAttribute("result", soa.systemPage(systemId, status, page, ControlPages.PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayRecord", soa.mayRecordSystem(systemId));
        return "control/soa-unit";
    }

    @GetMapping("/soa/systems/{systemId}/measures/{measureId}")
    @PreAuthorize("@systemAccess.mayRead(#systemId)")
    public String systemEntry(@PathVariable long systemId, @PathVariable String measureId, Model model, Locale locale) {
        Applicabilities.Line line = soa.systemLines(systemId).stream()
                .filter(l -> l.measure().id().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new jp.mamori.shared.NotFoundException("control-soa", measureId));
        systemScope(systemId, model, locale);
        model.addAttribute("line", line);
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayRecord", soa.mayRecordSystem(systemId));
        model.addAttribute("mayApprove", line.entry().naPending() && soa.mayApproveNotApplicable(line.entry()));
        return "control/soa-entry";
    }

    @PostMapping("/soa/systems/{systemId}/measures/{measureId}")
    @PreAuthorize("@systemAccess.mayChange(#systemId)")
    public String recordSystem(
            @PathVariable long systemId,
            @PathVariable String measureId,
            @RequestParam ImplementationStatus status,
            RecordingForm form,
            RedirectAttributes redirect,
            Locale locale) {
        Runnable recording = () -> soa.recordSystem(systemId, measureId, form.recording(status));
        return recorded("/soa/systems/" + systemId, measureId, recording, redirect, locale);
    }

    /** What the form of one measure posts besides its status (blank texts when left out). */
    record RecordingForm(
            @Nullable String responsible,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate lastChecked,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate nextCheck,

            @Nullable String note,
            @Nullable String notApplicableReason) {
        Applicabilities.Recording recording(ImplementationStatus status) {
            return new Applicabilities.Recording(
                    status, blank(responsible), lastChecked, nextCheck, blank(note), blank(notApplicableReason));
        }

        private static String blank(@Nullable String text) {
            return text == null ? "" : text;
        }
    }

    /**
     * Records a measure of a unit's or a system's statement ({@code base}) and goes back to the
     * statement; what the service refuses goes back to the measure, its problems in the reader's
     * language.
     */
    private String recorded(
            String base, String measureId, Runnable recording, RedirectAttributes redirect, Locale locale) {
        try {
            recording.run();
            Flash.notice(redirect, "control.soa.recorded", measureId);
            return "redirect:" + base;
        } catch (InvalidInputException e) {
            List<String> texts = e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                    .toList();
            redirect.addFlashAttribute("problems", texts);
            return "redirect:" + base + "/measures/" + measureId;
        }
    }

    @PostMapping("/soa/systems/{systemId}/measures/{measureId}/approve-not-applicable")
    @PreAuthorize("@access.isBodyWideManager()")
    public String approveSystem(
            @PathVariable long systemId, @PathVariable String measureId, RedirectAttributes redirect) {
        soa.approveSystemNotApplicable(systemId, measureId);
        Flash.notice(redirect, "control.soa.naApproved", measureId);
        return "redirect:/soa/systems/" + systemId + "/measures/" + measureId;
    }
}
