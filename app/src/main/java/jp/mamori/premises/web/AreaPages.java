package jp.mamori.premises.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.mamori.premises.Area;
import jp.mamori.premises.AreaLevel;
import jp.mamori.premises.AreaViews;
import jp.mamori.premises.Areas;
import jp.mamori.premises.CardReaderImport;
import jp.mamori.premises.EntryLog;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the area register and the entry log: the list, one area with its assets, systems,
 * permits, stays (findings marked) and equipment, the area form, and the card-reader import. Each
 * handler is authorised by {@code @premisesAccess}.
 */
@Controller
class AreaPages {
    static final int PAGE_SIZE = 50;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Areas areas;
    private final EntryLog log;
    private final CardReaderImport cardReader;

    AreaPages(Areas areas, EntryLog log, CardReaderImport cardReader) {
        this.areas = areas;
        this.log = log;
        this.cardReader = cardReader;
    }

    @GetMapping("/areas")
    @PreAuthorize("@premisesAccess.mayList()")
    public String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", areas.page(q, page, PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        return "premises/areas";
    }

    @GetMapping("/areas/export.xlsx")
    @PreAuthorize("@premisesAccess.mayList()")
    public ResponseEntity<byte[]> export() {
        return xlsx("管理区域台帳.xlsx", log.workbook());
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(bytes);
    }

    @GetMapping("/areas/new")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String newForm(Model model) {
        return form(model, AreaForm.empty(), null);
    }

    @PostMapping("/areas")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String create(
            @ModelAttribute("form") AreaForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Area a = areas.register(form.draft());
                Flash.notice(redirect, "prm.area.registered", a.code());
                return "redirect:/areas/" + a.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/areas/{id}")
    @PreAuthorize("@premisesAccess.mayReadArea(#id)")
    public String show(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AreaViews.Details d = log.details(id, from, to, page, PAGE_SIZE);
        model.addAttribute("d", d);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("mayManage", areas.mayManage(d.area()));
        model.addAttribute("roles", Role.values());
        return "premises/area";
    }

    @GetMapping("/areas/{id}/edit")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String editForm(@PathVariable long id, Model model) {
        Area a = areas.get(id);
        return form(model, AreaForm.of(a), a);
    }

    @PostMapping("/areas/{id}")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") AreaForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Area a = areas.get(id);
        if (!binding.hasErrors()) {
            try {
                areas.change(id, form.draft());
                Flash.notice(redirect, "prm.area.saved", a.code());
                return "redirect:/areas/" + id;
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, a);
    }

    @PostMapping("/areas/{id}/permits")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String grant(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String staffNumber,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/areas/" + id + "#permits",
                "prm.permit.granted",
                () -> areas.grant(id, staffNumber, role, validFrom, validTo));
    }

    @PostMapping("/areas/{id}/permits/{permitId}/end")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String endPermit(@PathVariable long id, @PathVariable long permitId, RedirectAttributes redirect) {
        areas.endPermit(id, permitId);
        Flash.notice(redirect, "prm.permit.ended");
        return "redirect:/areas/" + id + "#permits";
    }

    @PostMapping("/areas/{id}/entries")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String record(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String staffNumber,
            @RequestParam(required = false) @Nullable String visitorName,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String escortStaffNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime enteredAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime exitedAt,
            RedirectAttributes redirect) {
        EntryLog.EntryDraft draft = new EntryLog.EntryDraft(
                staffNumber, visitorName, company, purpose, escortStaffNumber, enteredAt, exitedAt);
        return Steps.run(
                redirect, "/areas/" + id + "#entries", "prm.entry.recorded", () -> log.record(id, draft, "PAGE"));
    }

    @PostMapping("/areas/{id}/entries/{entryId}/exit")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String exit(@PathVariable long id, @PathVariable long entryId, RedirectAttributes redirect) {
        return Steps.run(redirect, "/areas/" + id + "#entries", "prm.entry.exited", () -> log.exit(id, entryId, null));
    }

    @PostMapping("/areas/{id}/equipment")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public String equipment(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable String assetNumber,
            @RequestParam(required = false) @Nullable String carriedBy,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/areas/" + id + "#equipment",
                "prm.equipment.recorded",
                () -> log.moveEquipment(id, direction, item, assetNumber, carriedBy, null, note));
    }

    @GetMapping("/areas/import")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String importForm() {
        return "premises/area-import";
    }

    @PostMapping("/areas/import")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "UTF-8") String charset,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Charset cs = "Shift_JIS".equals(charset) ? Charset.forName("windows-31j") : StandardCharsets.UTF_8;
        String name = file.getOriginalFilename() == null ? "entries.csv" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            CardReaderImport.Result r = cardReader.importFile(name, in, cs);
            Flash.notice(redirect, "prm.import.done", r.entries(), r.exits());
            return "redirect:/areas";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return "premises/area-import";
        }
    }

    private String form(Model model, AreaForm form, @Nullable Area area) {
        model.addAttribute("form", form);
        model.addAttribute("area", area);
        model.addAttribute("levels", AreaLevel.values());
        model.addAttribute("units", areas.managedUnits());
        model.addAttribute("systemChoices", areas.systemChoices());
        return "premises/area-form";
    }
}
