package jp.mamori.committee.web;

import java.util.List;
import jp.mamori.committee.Attendance;
import jp.mamori.committee.Committee;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionApproval;
import jp.mamori.committee.Decisions;
import jp.mamori.committee.Material;
import jp.mamori.committee.Meeting;
import jp.mamori.committee.MemberVote;
import jp.mamori.shared.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/committee/meetings} and {@code /api/v1/committee/decisions}: paged lists and the
 * records behind them, for the committee's readers (members, the chair, body-wide managers,
 * auditors). Read-only: decisions and minutes are confirmed with a second factor on the pages.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class CommitteeApi {
    private final Committee committee;
    private final Decisions decisions;

    CommitteeApi(Committee committee, Decisions decisions) {
        this.committee = committee;
        this.decisions = decisions;
    }

    /** A meeting with its attendance, materials (without content) and decisions. */
    record MeetingResource(
            Meeting meeting, List<Attendance> attendance, List<Material> materials, List<DecisionResource> decisions) {}

    /** A decision with its 議決番号, each member's vote and what it approved in other modules. */
    record DecisionResource(
            String number, Decision decision, List<MemberVote> votes, List<DecisionApproval> approvals) {}

    @GetMapping("/api/v1/committee/meetings")
    @PreAuthorize("@committee.mayRead()")
    public Page<Meeting> meetings(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return committee.meetings(page, size);
    }

    @GetMapping("/api/v1/committee/meetings/{id}")
    @PreAuthorize("@committee.mayRead()")
    public MeetingResource meeting(@PathVariable long id) {
        return new MeetingResource(
                committee.meeting(id),
                committee.attendance(id),
                committee.materials(id),
                decisions.ofMeeting(id).stream().map(this::resource).toList());
    }

    @GetMapping("/api/v1/committee/decisions")
    @PreAuthorize("@committee.mayRead()")
    public Page<DecisionResource> decisions(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return decisions.list(page, size).map(this::resource);
    }

    @GetMapping("/api/v1/committee/decisions/{id}")
    @PreAuthorize("@committee.mayRead()")
    public DecisionResource decision(@PathVariable long id) {
        return resource(decisions.decision(id));
    }

    private DecisionResource resource(Decision d) {
        return new DecisionResource(d.number(), d, decisions.votes(d.id()), decisions.approvals(d.id()));
    }
}
