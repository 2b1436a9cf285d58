package jp.mamori.incident.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import jp.mamori.incident.BodyRegime;
import jp.mamori.incident.Closure;
import jp.mamori.incident.DeadlineCountdown;
import jp.mamori.incident.Evidence;
import jp.mamori.incident.EvidenceDamagedException;
import jp.mamori.incident.IncidentAssets;
import jp.mamori.incident.IncidentDetails;
import jp.mamori.incident.IncidentId;
import jp.mamori.incident.IncidentLine;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.NoticeDuty;
import jp.mamori.incident.PeopleNotice;
import jp.mamori.incident.PeopleNotices;
import jp.mamori.incident.Priority;
import jp.mamori.incident.ReportDeadlines;
import jp.mamori.incident.ReportSubmission;
import jp.mamori.incident.ReportSubmissions;
import jp.mamori.incident.Severity;
import jp.mamori.incident.StepNotAllowedException;
import jp.mamori.incident.StoredIncident;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.incident.Triage;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Access;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.IncidentMentions;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident pages: the report form (anyone signed in), the list of open incidents with their
 * statutory countdown, "what I reported", and the incident page with the facts, the reporting
 * decision, the timeline, evidence, the response steps and the plan's checklist. What a user may
 * not read answers 404.
 */
@Controller
class IncidentPages {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentPages.class);

    private final IncidentService incidents;
    private final Directory directory;
    private final MessageSource messages;
    private final BodyRegime regime;
    private final ReportSubmissions submissions;
    private final PeopleNotices notices;
    private final IncidentAssets assets;
    private final ObjectProvider<IncidentMentions> mentions;

    private final Clock clock;

    IncidentPages(
            IncidentService incidents,
            Directory directory,
            MessageSource messages,
            BodyRegime regime,
            ReportSubmissions submissions,
            PeopleNotices notices,
            IncidentAssets assets,
            ObjectProvider<IncidentMentions> mentions,
            Clock clock) {
        this.clock = clock;
        this.mentions = mentions;
        this.assets = assets;
        this.notices = notices;
        this.regime = regime;
        this.submissions = submissions;
        this.incidents = incidents;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/incidents")
    @PreAuthorize(Rights.SIGNED_IN)
    public String list(
            @RequestParam(defaultValue = "false") boolean closed,
            @RequestParam(defaultValue = "ALL") IncidentLine.DeadlineFilter deadline,
            Model model) {
        model.addAttribute("lines", incidents.list(!closed, deadline));
        model.addAttribute("deadline", deadline);
        model.addAttribute("deadlineFilters", IncidentLine.DeadlineFilter.values());
        model.addAttribute("regime", regime.current());
        model.addAttribute("closed", closed);
        model.addAttribute("mine", false);
        return "incident/list";
    }

    @GetMapping("/incidents/mine")
    @PreAuthorize(Rights.SIGNED_IN)
    public String mine(Model model) {
        model.addAttribute("lines", incidents.mine());
        model.addAttribute("closed", true);
        model.addAttribute("mine", true);
        return "incident/list";
    }

    @GetMapping("/incidents/new")
    @PreAuthorize(Rights.SIGNED_IN)
    public String newForm(Model model) {
        return form(model, IncidentForm.empty(LocalDateTime.now(clock)));
    }

    @PostMapping("/incidents")
    @PreAuthorize(Rights.SIGNED_IN)
    public String report(
            @ModelAttribute("form") IncidentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                StoredIncident stored = incidents.report(form.request());
                Flash.notice(redirect, "incident.page.reported", stored.reference());
                return "redirect:/incidents/" + stored.incident().id();
            } catch (InvalidInputException e) {
                for (InvalidInputException.Problem p : e.problems()) {
                    binding.rejectValue(p.field(), p.messageKey(), p.args().toArray(), p.messageKey());
                }
            }
        }
        return form(model, form);
    }

    private String form(Model model, IncidentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("threats", ThreatCategory.values());
        boolean hasPerson = Access.current()
                .map(u -> u.personId() != null && directory.person(u.personId()).isPresent())
                .orElse(false);
        model.addAttribute("needsUnit", !hasPerson);
        model.addAttribute("units", hasPerson ? List.of() : directory.units());
        return "incident/form";
    }

    @GetMapping("/incidents/{id}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String show(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String assetQuery, Model model) {
        IncidentDetails details = incidents.details(new IncidentId(id));
        model.addAttribute("linkedAssets", assets.linked(details.incident().id()));
        model.addAttribute(
                "mentions",
                mentions.orderedStream()
                        .flatMap(m -> m.mentioning(details.incident().id().toString()).stream())
                        .toList());
        model.addAttribute("assetSuggestion", assets.suggestion(details).orElse(null));
        boolean searching = assetQuery != null && details.canRespond();
        model.addAttribute("assetQuery", searching ? assetQuery : null);
        model.addAttribute(
                "assetCandidates",
                searching ? assets.candidates(details.incident().id(), assetQuery) : List.of());
        model.addAttribute("details", details);
        model.addAttribute("regime", regime.current());
        model.addAttribute("incident", details.incident());
        model.addAttribute("decision", details.decision());
        model.addAttribute("canRespond", details.canRespond());
        model.addAttribute(
                "canAnnotate",
                details.canAnnotate() && !details.incident().state().isClosed());
        model.addAttribute("severities", List.of(1, 2, 3, 4));
        model.addAttribute("priorities", Priority.values());
        ReportDeadlines deadlines = details.decision().deadlines();
        List<ReportSubmission> submitted = submissions.of(details.incident().id());
        model.addAttribute("submissions", submitted);
        model.addAttribute("submissionKinds", ReportSubmission.Kind.values());
        model.addAttribute("channels", ReportSubmission.Channel.values());
        model.addAttribute("outstanding", incidents.outstandingReports(details.incident()));
        boolean preliminarySent = submitted.stream().anyMatch(x -> x.kind() == ReportSubmission.Kind.PRELIMINARY);
        boolean finalSent = submitted.stream().anyMatch(x -> x.kind() == ReportSubmission.Kind.FINAL);
        if (deadlines != null && !details.incident().state().isClosed()) {
            // the same countdown as the list: 「13日超過」 in red, never 「あと-13日」
            // the countdown stops at submission
            if (!preliminarySent) {
                model.addAttribute(
                        "preliminaryCountdown",
                        new DeadlineCountdown(
                                IncidentService.daysBetween(incidents.today(), deadlines.preliminaryReport())));
            }
            if (!finalSent) {
                model.addAttribute(
                        "finalCountdown",
                        new DeadlineCountdown(IncidentService.daysBetween(incidents.today(), deadlines.finalReport())));
            }
        }
        List<PeopleNotice> told = notices.of(details.incident().id());
        NoticeDuty duty = notices.duty();
        model.addAttribute("peopleNotices", told);
        model.addAttribute("peopleNotified", PeopleNotices.notified(told));
        model.addAttribute("noticeDuty", duty);
        model.addAttribute("noticeProvision", duty.provision(details.incident().personalData()));
        model.addAttribute("noticeWays", duty.ways(details.decision().dueUnderMyNumberAct()));
        model.addAttribute("noticeMethods", PeopleNotice.Method.values());
        model.addAttribute("noticeMeasures", PeopleNotice.Measure.values());
        model.addAttribute("noticeItems", PeopleNotice.Item.values());
        model.addAttribute("facts", IncidentForm.empty(LocalDateTime.now(clock)));
        return "incident/detail";
    }

    @PostMapping("/incidents/{id}/triage")
    @PreAuthorize(Rights.SIGNED_IN)
    public String triage(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer severity,
            @RequestParam(required = false) @Nullable Priority priority,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        if (severity == null || priority == null) {
            // no silent "1" and no silent 「中」: the person who triages must choose both; the page comes
            // back with the error on each field left unchosen and keeps what was chosen
            if (severity == null) {
                model.addAttribute("triageError", "incident.error.severity.required");
            }
            if (priority == null) {
                model.addAttribute("priorityError", "incident.error.priority.required");
            }
            model.addAttribute("triageSeverity", severity);
            model.addAttribute("triagePriority", priority);
            model.addAttribute("triageNote", note);
            return show(id, null, model);
        }
        return step(
                id,
                redirect,
                () -> incidents.triage(new IncidentId(id), new Triage(Severity.of(severity), priority), note));
    }

    @PostMapping("/incidents/{id}/assets")
    @PreAuthorize(Rights.SIGNED_IN)
    public String linkAsset(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String number, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            IncidentAssets.Linked linked = assets.link(new IncidentId(id), number);
            Flash.notice(redirect, "incident.asset.linkedNotice", linked.number(), linked.name());
            return null;
        });
    }

    @PostMapping("/incidents/{id}/retriage")
    @PreAuthorize(Rights.SIGNED_IN)
    public String retriage(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer severity,
            @RequestParam(required = false) @Nullable Priority priority,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            if (severity == null) {
                throw InvalidInputException.of("severity", "incident.error.severity.required");
            }
            if (priority == null) {
                throw InvalidInputException.of("priority", "incident.error.priority.required");
            }
            return incidents.retriage(new IncidentId(id), new Triage(Severity.of(severity), priority), reason);
        });
    }

    @PostMapping("/incidents/{id}/reopen")
    @PreAuthorize(Rights.SIGNED_IN)
    public String reopen(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.reopen(new IncidentId(id), reason));
    }

    @PostMapping("/incidents/{id}/contain")
    @PreAuthorize(Rights.SIGNED_IN)
    public String contain(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.contain(new IncidentId(id), note));
    }

    @PostMapping("/incidents/{id}/eradicate")
    @PreAuthorize(Rights.SIGNED_IN)
    public String eradicate(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.eradicate(new IncidentId(id), note));
    }

    @PostMapping("/incidents/{id}/recover")
    @PreAuthorize(Rights.SIGNED_IN)
    public String recover(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.recover(new IncidentId(id), note));
    }

    @PostMapping("/incidents/{id}/close")
    @PreAuthorize(Rights.SIGNED_IN)
    public String close(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String cause,
            @RequestParam(defaultValue = "") String recurrencePrevention,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String outstandingReason,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> incidents.close(
                        new IncidentId(id), new Closure(cause, recurrencePrevention), note, outstandingReason));
    }

    @PostMapping("/incidents/{id}/submissions")
    @PreAuthorize(Rights.SIGNED_IN)
    public String submit(
            @PathVariable UUID id,
            @RequestParam(required = false) ReportSubmission.@Nullable Kind kind,
            @RequestParam(defaultValue = "") String submittedAt,
            @RequestParam(defaultValue = "") String submittedBy,
            @RequestParam(required = false) ReportSubmission.@Nullable Channel channel,
            @RequestParam(defaultValue = "") String receiptNumber,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            if (kind == null) {
                throw InvalidInputException.of("kind", "incident.submission.error.kind");
            }
            Instant at = null;
            try {
                at = submittedAt.isBlank()
                        ? null
                        : LocalDateTime.parse(submittedAt)
                                .atZone(BodyClock.ZONE)
                                .toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of("submittedAt", "incident.error.dateTime");
            }
            boolean uploaded = file != null && !file.isEmpty();
            try {
                submissions.record(
                        new IncidentId(id),
                        kind,
                        at,
                        submittedBy,
                        channel,
                        receiptNumber,
                        uploaded ? file.getOriginalFilename() : null,
                        uploaded ? file.getInputStream() : null);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Flash.notice(redirect, "incident.submission.recorded");
            return null;
        });
    }

    @PostMapping("/incidents/{id}/people-notices")
    @PreAuthorize(Rights.SIGNED_IN)
    public String peopleNotice(
            @PathVariable UUID id,
            @RequestParam(required = false) PeopleNotice.@Nullable Way way,
            @RequestParam(defaultValue = "") String doneOn,
            @RequestParam(required = false) PeopleNotice.@Nullable Method method,
            @RequestParam(defaultValue = "") String people,
            @RequestParam(required = false) @Nullable List<PeopleNotice.Item> items,
            @RequestParam(defaultValue = "") String whyNot,
            @RequestParam(required = false) PeopleNotice.@Nullable Measure measure,
            @RequestParam(defaultValue = "") String measureText,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            java.time.LocalDate day;
            int count;
            try {
                day = doneOn.isBlank() ? null : java.time.LocalDate.parse(doneOn);
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of("doneOn", "incident.error.date");
            }
            try {
                count = people.isBlank() ? 0 : Integer.parseInt(people.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("people", "incident.notice.error.peopleNumber");
            }
            notices.record(
                    new IncidentId(id),
                    new PeopleNotices.Request(
                            way,
                            day,
                            method,
                            count,
                            items == null ? java.util.Set.of() : java.util.Set.copyOf(items),
                            whyNot,
                            measure,
                            measureText));
            Flash.notice(redirect, "incident.notice.recorded");
            return null;
        });
    }

    @GetMapping("/incidents/{id}/submissions/{kind}/file")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> submittedFile(@PathVariable UUID id, @PathVariable ReportSubmission.Kind kind) {
        ReportSubmissions.SubmittedFile file = submissions.file(new IncidentId(id), kind);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.submission().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Evidence-SHA256", file.submission().sha256())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(file.content());
    }

    @PostMapping("/incidents/{id}/not-an-incident")
    @PreAuthorize(Rights.SIGNED_IN)
    public String notAnIncident(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.closeAsNotAnIncident(new IncidentId(id), reason));
    }

    @PostMapping("/incidents/{id}/notes")
    @PreAuthorize(Rights.SIGNED_IN)
    public String note(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.addNote(new IncidentId(id), note));
    }

    @PostMapping("/incidents/{id}/personal-data")
    @PreAuthorize(Rights.SIGNED_IN)
    public String personalData(
            @PathVariable UUID id,
            @ModelAttribute("facts") IncidentForm facts,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.revisePersonalData(new IncidentId(id), facts.facts(), note));
    }

    @PostMapping("/incidents/{id}/checklist")
    @PreAuthorize(Rights.SIGNED_IN)
    public String tick(@PathVariable UUID id, @RequestParam String step, RedirectAttributes redirect) {
        return step(id, redirect, () -> incidents.tick(new IncidentId(id), step));
    }

    @PostMapping("/incidents/{id}/evidence")
    @PreAuthorize(Rights.SIGNED_IN)
    public String evidence(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "incident.error.evidence.empty");
            }
            try {
                Evidence added = incidents.addEvidence(
                        new IncidentId(id),
                        file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
                        file.getContentType(),
                        file.getSize(),
                        file.getInputStream());
                Flash.notice(redirect, "incident.page.evidenceAdded", added.fileName(), added.sha256());
            } catch (IOException e) {
                throw new IllegalStateException("could not read the uploaded file", e);
            }
            return null;
        });
    }

    /**
     * Hands out an evidence file as an attachment (never shown inline: it may be hostile), after the
     * service has checked its SHA-256; the hash goes along in a header.
     */
    @GetMapping("/incidents/{id}/evidence/{sha256}")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable String sha256) {
        IncidentService.EvidenceFile file = incidents.evidenceFile(new IncidentId(id), sha256);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.evidence().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Evidence-SHA256", file.evidence().sha256())
                .body(file.content());
    }

    /**
     * An evidence file that no longer matches its recorded SHA-256: 409 with the reason, never the
     * bytes. The event is logged for the responders to look into.
     */
    @ExceptionHandler(EvidenceDamagedException.class)
    ModelAndView damaged(EvidenceDamagedException e) {
        LOG.warn("{}", e.getMessage());
        var locale = LocaleContextHolder.getLocale();
        ModelAndView page = new ModelAndView("web/error");
        page.setStatus(HttpStatus.CONFLICT);
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.addObject("errorTitle", messages.getMessage("incident.page.evidence", null, locale));
        page.addObject("detail", messages.getMessage("incident.error.evidence.damaged", null, locale));
        page.addObject("errors", List.of());
        return page;
    }

    private interface Work {
        @Nullable
        Object run();
    }

    /** Runs a step and goes back to the incident; a refused step or bad input shows as an alert there. */
    private String step(UUID id, RedirectAttributes redirect, Work work) {
        try {
            work.run();
        } catch (StepNotAllowedException e) {
            Flash.alert(redirect, e.messageKey());
            redirect.addFlashAttribute(
                    "alertArgs",
                    e.messageArgs().stream()
                            .map(key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))
                            .toArray());
        } catch (InvalidInputException e) {
            InvalidInputException.Problem first = e.problems().get(0);
            Flash.alert(redirect, first.messageKey(), first.args().toArray());
        }
        return "redirect:/incidents/" + id;
    }
}
