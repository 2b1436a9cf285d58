package jp.mamori.asset.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.asset.Asset;
import jp.mamori.asset.AssetAccess;
import jp.mamori.asset.AssetDraft;
import jp.mamori.asset.AssetFilter;
import jp.mamori.asset.AssetForm;
import jp.mamori.asset.AssetKind;
import jp.mamori.asset.AssetNotes;
import jp.mamori.asset.AssetRow;
import jp.mamori.asset.AssetStatus;
import jp.mamori.asset.Assets;
import jp.mamori.asset.Axis;
import jp.mamori.asset.DisposalRequest;
import jp.mamori.asset.Finding;
import jp.mamori.asset.HandlingRestrictions;
import jp.mamori.asset.NetworkZones;
import jp.mamori.asset.RegisterCheck;
import jp.mamori.asset.RegisterRule;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Page;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register pages: the list (paged, filtered and sorted on the server), one asset with its
 * handling, findings and history, the asset form, the disposal flow and the findings page. Access as
 * in {@link AssetAccess}.
 */
@Controller
class AssetPages {
    static final int PAGE_SIZE = 50;

    private final Assets assets;
    private final AssetAccess access;
    private final AssetPresenter presenter;
    private final RegisterCheck check;
    private final NetworkZones zones;
    private final HandlingRestrictions restrictions;
    private final Directory directory;
    private final List<AssetNotes> notes;

    private final Clock clock;

    AssetPages(
            Assets assets,
            AssetAccess access,
            AssetPresenter presenter,
            RegisterCheck check,
            NetworkZones zones,
            HandlingRestrictions restrictions,
            Directory directory,
            List<AssetNotes> notes,
            Clock clock) {
        this.clock = clock;
        this.notes = notes;
        this.assets = assets;
        this.access = access;
        this.presenter = presenter;
        this.check = check;
        this.zones = zones;
        this.restrictions = restrictions;
        this.directory = directory;
    }

    @GetMapping("/assets")
    @PreAuthorize(AssetAccess.MAY_LIST)
    public String list(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable String zone,
            @RequestParam(required = false) @Nullable AssetKind kind,
            @RequestParam(required = false) @Nullable String conf,
            @RequestParam(required = false) AssetFilter.@Nullable PersonalData personal,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "IN_USE") String status,
            @RequestParam(defaultValue = "NUMBER") AssetFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        AssetStatus statusFilter =
                "ALL".equals(status) ? null : "DISPOSED".equals(status) ? AssetStatus.DISPOSED : AssetStatus.IN_USE;
        AssetFilter filter = new AssetFilter(unit, zone, kind, conf, personal, q, statusFilter, sort);
        Set<Long> visible = access.visibleUnits();
        Page<AssetRow> result = assets.page(filter, visible, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("status", status);
        model.addAttribute("result", result);
        model.addAttribute("lines", presenter.lines(result.items(), locale));
        model.addAttribute("units", UnitChoice.of(directory.units(), visible));
        model.addAttribute("zones", zones.all());
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("scheme", assets.scheme());
        model.addAttribute("confLevels", assets.scheme().levels(Axis.CONFIDENTIALITY));
        model.addAttribute("personalOptions", AssetFilter.PersonalData.values());
        model.addAttribute("sorts", AssetFilter.Sort.values());
        model.addAttribute("canCreate", access.managesSomeUnit());
        return "asset/list";
    }

    @GetMapping("/assets/findings")
    @PreAuthorize(AssetAccess.MAY_LIST)
    public String findings(Locale locale, Model model) {
        List<Finding> findings = check.findings(access.visibleUnits());
        model.addAttribute("findings", findings);
        model.addAttribute("unitNames", presenter.unitNames());
        model.addAttribute("rules", RegisterRule.ALL);
        return "asset/findings";
    }

    @GetMapping("/assets/new")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public String newForm(@RequestParam(required = false) @Nullable Long unitId, Model model) {
        return form(model, AssetDraft.empty(unitId), null);
    }

    @PostMapping("/assets")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        List<Problem> unreadable = new ArrayList<>();
        AssetDraft form = AssetDraft.fromForm(name -> params.getOrDefault(name, List.of()), unreadable);
        if (form.ownerUnitId() != null) {
            access.requireManage(form.ownerUnitId());
        }
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            Asset asset = assets.create(form);
            Flash.notice(redirect, "asset.created", asset.number());
            return "redirect:/assets/" + asset.number();
        } catch (InvalidInputException e) {
            FormProblems.addTo(bind(model, form), e);
        }
        return form(model, form, null);
    }

    @GetMapping("/assets/{number}")
    @PreAuthorize(AssetAccess.MAY_READ)
    public String show(@PathVariable String number, Locale locale, Model model) {
        Asset asset = assets.get(number);
        model.addAttribute("view", presenter.view(asset, locale));
        model.addAttribute("canEdit", asset.editable() && access.canManage(asset.ownerUnitId()));
        boolean manages = access.canManage(asset.ownerUnitId());
        model.addAttribute("canRequestDisposal", manages && asset.editable());
        model.addAttribute(
                "canApprove",
                manages
                        && asset.disposalPending()
                        && asset.disposal() != null
                        && !asset.disposal().requestedBy().equals(Access.currentLogin()));
        model.addAttribute("canWithdraw", manages && asset.disposalPending());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "notes",
                notes.stream().flatMap(n -> n.notesOn(asset.number()).stream()).toList());
        return "asset/detail";
    }

    @GetMapping("/assets/{number}/edit")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public String editForm(@PathVariable String number, Model model) {
        Asset asset = assets.get(number);
        asset.requireEditable();
        return form(model, AssetDraft.of(asset), asset);
    }

    @PostMapping("/assets/{number}")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public String change(
            @PathVariable String number,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Asset asset = assets.get(number);
        List<Problem> unreadable = new ArrayList<>();
        AssetDraft form = AssetDraft.fromForm(name -> params.getOrDefault(name, List.of()), unreadable);
        if (form.ownerUnitId() != null) {
            access.requireManage(form.ownerUnitId());
        }
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            assets.update(number, form);
            Flash.notice(redirect, "asset.saved", number);
            return "redirect:/assets/" + number;
        } catch (InvalidInputException e) {
            FormProblems.addTo(bind(model, form), e);
        }
        return form(model, form, asset);
    }

    /** The form's binding result, on which the problems are shown by their fields. */
    private static BindingResult bind(Model model, AssetDraft form) {
        BindingResult binding = new AssetFormBinding(form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        return binding;
    }

    @PostMapping("/assets/{number}/disposal")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public String requestDisposal(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String method,
            @RequestParam(required = false) @Nullable String carriedOutBy,
            RedirectAttributes redirect) {
        assets.get(number); // an unknown number is 404 before the date is read
        try {
            DisposalRequest request = new DisposalRequest(
                    date == null || date.isBlank() ? null : AssetDraft.date(date), method, carriedOutBy);
            if (date != null && !date.isBlank() && request.date() == null) {
                throw InvalidInputException.of("date", "asset.disposal.date.format");
            }
            assets.requestDisposal(number, request);
            Flash.notice(redirect, "asset.disposal.requested", number);
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/assets/" + number;
    }

    @PostMapping("/assets/{number}/disposal/approve")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public String approveDisposal(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            assets.approveDisposal(number, confirmation, request.getRemoteAddr());
            Flash.notice(redirect, "asset.disposal.approved", number);
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        } catch (NotAllowedException e) {
            Flash.alert(redirect, e.messageKey());
        }
        return "redirect:/assets/" + number;
    }

    @PostMapping("/assets/{number}/disposal/withdraw")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public String withdrawDisposal(@PathVariable String number, RedirectAttributes redirect) {
        try {
            assets.withdrawDisposal(number);
            Flash.notice(redirect, "asset.disposal.withdrawn", number);
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/assets/" + number;
    }

    private String form(Model model, AssetDraft form, @Nullable Asset asset) {
        model.addAttribute("form", form);
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "form")) {
            bind(model, form);
        }
        model.addAttribute("asset", asset);
        model.addAttribute("units", UnitChoice.of(directory.units(), access.managedUnits()));
        model.addAttribute(
                "zones",
                zones.all().stream()
                        .filter(z ->
                                z.active() || (asset != null && asset.zoneCode().equals(z.code())))
                        .toList());
        model.addAttribute(
                "restrictions",
                restrictions.all().stream()
                        .filter(r -> r.active()
                                || (asset != null && asset.restrictionCodes().contains(r.code())))
                        .toList());
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("forms", AssetForm.values());
        model.addAttribute("scheme", assets.scheme());
        model.addAttribute("axes", Axis.values());
        return "asset/form";
    }
}
