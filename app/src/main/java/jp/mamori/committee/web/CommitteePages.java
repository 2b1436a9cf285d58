package jp.mamori.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.committee.Committee;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionDraft;
import jp.mamori.committee.Decisions;
import jp.mamori.committee.Meeting;
import jp.mamori.committee.MeetingDraft;
import jp.mamori.committee.Vote;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Steps;
import jp.mamori.web.form.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The committee's pages: meetings (plan, materials, attendance, decisions, minutes), decisions
 * (list, one decision with its votes and the matter it decides, written resolutions) and the
 * appointment of the chair. Reading needs {@code mayRead}; every change is checked again by the
 * services (secretariat, chair, fresh second factor).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CommitteePages {
    static final int PAGE_SIZE = 50;
    private static final String MAY_READ = "@committee.mayRead()";
    private static final String MAY_MANAGE = "@committee.mayManage()";

    private final Committee committee;
    private final Decisions decisions;

    CommitteePages(Committee committee, Decisions decisions) {
        this.committee = committee;
        this.decisions = decisions;
    }

    @GetMapping("/committee")
    @PreAuthorize(MAY_READ)
    public String meetings(@RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = committee.today();
        model.addAttribute("result", committee.meetings(page, PAGE_SIZE));
        model.addAttribute("members", committee.members(today));
        model.addAttribute("mayManage", committee.mayManage());
        model.addAttribute("candidates", committee.mayManage() ? committee.chairCandidates(today) : List.of());
        model.addAttribute("today", today);
        return "committee/meetings";
    }

    @PostMapping("/committee/chair")
    @PreAuthorize(MAY_MANAGE)
    public String appointChair(
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/committee", "cmt.chair.appointed", () -> {
            if (personId == null) {
                throw InvalidInputException.of("personId", "cmt.error.required");
            }
            committee.appointChair(personId, from);
        });
    }

    @GetMapping("/committee/meetings/new")
    @PreAuthorize(MAY_MANAGE)
    public String newMeeting(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new MeetingDraft("", committee.today(), "", ""));
        }
        return "committee/meeting-new";
    }

    @PostMapping("/committee/meetings")
    @PreAuthorize(MAY_MANAGE)
    public String plan(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String agenda,
            RedirectAttributes redirect) {
        MeetingDraft draft = new MeetingDraft(title, heldOn, place, agenda);
        return Steps.run(redirect, "/committee/meetings/new", Steps.FIRST_PROBLEM.keeping("draft", draft), () -> {
            Meeting meeting = committee.plan(draft);
            return Steps.notice("cmt.meeting.planned").then("/committee/meetings/" + meeting.id());
        });
    }

    @GetMapping("/committee/meetings/{id}")
    @PreAuthorize(MAY_READ)
    public String meeting(@PathVariable long id, Model model) {
        Meeting meeting = committee.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("attendance", committee.attendance(id));
        model.addAttribute("roster", committee.members(meeting.heldOn()));
        model.addAttribute("materials", committee.materials(id));
        model.addAttribute("decisions", decisions.ofMeeting(id));
        model.addAttribute("mayManage", committee.mayManage());
        model.addAttribute("today", committee.today());
        model.addAttribute("minutesRefusal", committee.minutesRefusal(meeting).orElse(null));
        model.addAttribute(
                "matters", committee.mayManage() && meeting.isHeld() ? decisions.awaitingMatters() : List.of());
        model.addAttribute("votes", Vote.values());
        return "committee/meeting";
    }

    @PostMapping("/committee/meetings/{id}/materials")
    @PreAuthorize(MAY_MANAGE)
    public String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/committee/meetings/" + id, () -> {
            Upload upload = Upload.required(file, "file", "cmt.error.emptyFile", "material");
            var added = committee.addMaterial(id, upload.name(), upload.size(), upload.stream());
            return Steps.notice("cmt.material.added", added.fileName(), added.sha256());
        });
    }

    @GetMapping("/committee/meetings/{id}/materials/{materialId}")
    @PreAuthorize(MAY_READ)
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long materialId) {
        Committee.MaterialFile file = committee.material(id, materialId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.material().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.material().sha256())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.material().contentType()))
                .body(file.content());
    }

    @PostMapping("/committee/meetings/{id}/attendance")
    @PreAuthorize(MAY_MANAGE)
    public String attendance(
            @PathVariable long id,
            @RequestParam(name = "present", required = false) @Nullable List<Long> present,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/committee/meetings/" + id,
                "cmt.attendance.recorded",
                () -> committee.recordAttendance(id, present == null ? Set.of() : Set.copyOf(present)));
    }

    @PostMapping("/committee/meetings/{id}/decisions")
    @PreAuthorize(MAY_MANAGE)
    public String decide(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/committee/meetings/" + id, () -> {
            Decision decision = decisions.recordAtMeeting(
                    id, draft(form), form.getOrDefault("confirmation", ""), request.getRemoteAddr());
            return recorded(decision);
        });
    }

    @PostMapping("/committee/meetings/{id}/minutes")
    @PreAuthorize(MAY_MANAGE)
    public String minutes(
            @PathVariable long id, @RequestParam(defaultValue = "") String minutes, RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/committee/meetings/" + id,
                "cmt.minutes.written",
                () -> committee.writeMinutes(id, minutes));
    }

    @PostMapping("/committee/meetings/{id}/minutes/approve")
    @PreAuthorize(MAY_READ)
    public String approveMinutes(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/committee/meetings/" + id,
                "cmt.minutes.approved",
                () -> committee.approveMinutes(id, confirmation, request.getRemoteAddr()));
    }

    @GetMapping("/committee/decisions")
    @PreAuthorize(MAY_READ)
    public String decisions(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", decisions.list(page, PAGE_SIZE));
        model.addAttribute("mayManage", committee.mayManage());
        return "committee/decisions";
    }

    @GetMapping("/committee/decisions/{id}")
    @PreAuthorize(MAY_READ)
    public String decision(@PathVariable long id, Model model) {
        Decision decision = decisions.decision(id);
        model.addAttribute("decision", decision);
        model.addAttribute("votes", decisions.votes(id));
        model.addAttribute("approvals", decisions.approvals(id));
        model.addAttribute("meeting", decision.meetingId() == null ? null : committee.meeting(decision.meetingId()));
        return "committee/decision";
    }

    @GetMapping("/committee/decisions/written")
    @PreAuthorize(MAY_MANAGE)
    public String writtenForm(Model model) {
        LocalDate today = committee.today();
        model.addAttribute("members", committee.members(today));
        model.addAttribute("matters", decisions.awaitingMatters());
        model.addAttribute("votes", Vote.values());
        model.addAttribute("today", today);
        return "committee/decision-written";
    }

    @PostMapping("/committee/decisions/written")
    @PreAuthorize(MAY_MANAGE)
    public String written(
            @RequestParam Map<String, String> form, HttpServletRequest request, RedirectAttributes redirect) {
        return Steps.run(redirect, "/committee/decisions/written", () -> {
            LocalDate decidedOn =
                    form.getOrDefault("decidedOn", "").isBlank() ? null : parseDate(form.get("decidedOn"));
            Decision decision = decisions.recordInWriting(
                    draft(form), decidedOn, form.getOrDefault("confirmation", ""), request.getRemoteAddr());
            return recorded(decision);
        });
    }

    /** A recorded decision's notice, shown on the decision's page. */
    private static Steps.Notice recorded(Decision decision) {
        return Steps.notice("cmt.decision.recorded", decision.number()).then("/committee/decisions/" + decision.id());
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("decidedOn", "cmt.error.date");
        }
    }

    /** The decision form: title, resolution, matter and {@code vote-<personId>} fields. */
    static DecisionDraft draft(Map<String, String> form) {
        Map<Long, Vote> votes = new HashMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (field.getKey().startsWith("vote-") && !field.getValue().isBlank()) {
                try {
                    votes.put(
                            Long.parseLong(field.getKey().substring("vote-".length())),
                            Vote.valueOf(field.getValue().strip()));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("votes", "cmt.error.vote");
                }
            }
        }
        return new DecisionDraft(
                form.getOrDefault("title", ""), form.getOrDefault("resolution", ""), form.get("matter"), votes);
    }
}
