package jp.mamori.control.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.control.Applicabilities;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statement of applicability pages: the units one may read, and a unit's applicable measures with
 * the reason, status, responsible person and checks; managers of the unit record, body-wide
 * managers approve 対象外.
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
    String units(Model model) {
        model.addAttribute("units", soa.readableUnits());
        return "control/soa-units";
    }

    @GetMapping("/soa/units/{unitId}")
    String unit(
            @PathVariable long unitId,
            @RequestParam(required = false) @Nullable ImplementationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("unit", soa.unit(unitId));
        model.addAttribute("result", soa.page(unitId, status, page, ControlPages.PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayRecord", soa.mayRecord(unitId));
        return "control/soa-unit";
    }

    @GetMapping("/soa/units/{unitId}/measures/{measureId}")
    String entry(@PathVariable long unitId, @PathVariable String measureId, Model model) {
        Applicabilities.Line line = soa.lines(unitId).stream()
                .filter(l -> l.measure().id().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new jp.mamori.shared.NotFoundException("control-soa", measureId));
        model.addAttribute("unit", soa.unit(unitId));
        model.addAttribute("line", line);
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayRecord", soa.mayRecord(unitId));
        model.addAttribute("mayApprove", line.entry().naPending() && soa.mayApproveNotApplicable(line.entry()));
        return "control/soa-entry";
    }

    @PostMapping("/soa/units/{unitId}/measures/{measureId}")
    String record(
            @PathVariable long unitId,
            @PathVariable String measureId,
            @RequestParam ImplementationStatus status,
            @RequestParam(defaultValue = "") String responsible,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate lastChecked,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate nextCheck,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String notApplicableReason,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            soa.record(
                    unitId,
                    measureId,
                    new Applicabilities.Recording(
                            status, responsible, lastChecked, nextCheck, note, notApplicableReason));
            redirect.addFlashAttribute("notice", "control.soa.recorded");
            redirect.addFlashAttribute("noticeArgs", new Object[] {measureId});
            return "redirect:/soa/units/" + unitId;
        } catch (InvalidInputException e) {
            List<String> texts = e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                    .toList();
            redirect.addFlashAttribute("problems", texts);
            return "redirect:/soa/units/" + unitId + "/measures/" + measureId;
        }
    }

    @PostMapping("/soa/units/{unitId}/measures/{measureId}/approve-not-applicable")
    String approve(@PathVariable long unitId, @PathVariable String measureId, RedirectAttributes redirect) {
        soa.approveNotApplicable(unitId, measureId);
        redirect.addFlashAttribute("notice", "control.soa.naApproved");
        redirect.addFlashAttribute("noticeArgs", new Object[] {measureId});
        return "redirect:/soa/units/" + unitId + "/measures/" + measureId;
    }
}
