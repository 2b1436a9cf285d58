package jp.mamori.premises.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import jp.mamori.premises.BringIn;
import jp.mamori.premises.BringIns;
import jp.mamori.premises.CarryOut;
import jp.mamori.premises.CarryOuts;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of carrying out ({@code /api/v1/carry-outs}) and bringing in ({@code /api/v1/bring-ins}):
 * paged lists, requests, approval and refusal, confirmed return, reminder. Who may approve is the
 * services' rule (403); an unknown id is 404; invalid input is 400 problem JSON naming each field.
 * An approver with an authenticator app enrolled sends a fresh code as {@code confirmation}.
 */
@RestController
@Tag(name = "carry-outs", description = "Carrying assets out and bringing devices in (持ち出し・持ち込み)")
class CarryOutApi {
    private final CarryOuts carryOuts;
    private final BringIns bringIns;

    CarryOutApi(CarryOuts carryOuts, BringIns bringIns) {
        this.carryOuts = carryOuts;
        this.bringIns = bringIns;
    }

    /** A carry-out as the API shows it. */
    record CarryOutItem(
            long id,
            String kind,
            String assetNumber,
            String assetName,
            String unit,
            int confidentialityRank,
            String purpose,
            String destination,
            String protection,
            String requester,
            LocalDate outOn,
            LocalDate dueBack,
            String approvalNeeded,
            CarryOut.State state,
            boolean overdue,
            @Nullable LocalDate returnedOn,
            boolean returnedLate,
            @Nullable String refusalReason) {
        static CarryOutItem of(CarryOuts.Line l) {
            CarryOut c = l.carryOut();
            return new CarryOutItem(
                    c.id(),
                    c.kind(),
                    c.assetNumber(),
                    l.assetName(),
                    l.unitName(),
                    c.confidentialityRank(),
                    c.purpose(),
                    c.destination(),
                    c.protection(),
                    l.requester(),
                    c.outOn(),
                    c.dueBack(),
                    c.approvalNeeded().name(),
                    c.state(),
                    l.overdue(),
                    c.returnedOn(),
                    c.returnedLate(),
                    c.refusalReason());
        }
    }

    /** A bring-in as the API shows it. */
    record BringInItem(
            long id,
            String kind,
            String device,
            String owner,
            String purpose,
            String requester,
            LocalDate fromDay,
            LocalDate toDay,
            BringIn.State state,
            boolean allowedToday,
            @Nullable Boolean checkPassed,
            @Nullable String checkResult,
            @Nullable String checkedBy,
            @Nullable String decidedBy,
            @Nullable String reason) {
        static BringInItem of(BringIns.Line l) {
            BringIn b = l.bringIn();
            return new BringInItem(
                    b.id(),
                    b.kind(),
                    b.device(),
                    b.owner(),
                    b.purpose(),
                    l.requester(),
                    b.fromDay(),
                    b.toDay(),
                    b.state(),
                    l.allowedToday(),
                    b.checkPassed(),
                    b.checkResult(),
                    b.checkedBy(),
                    b.decidedBy(),
                    b.reason());
        }
    }

    /** A refusal's reason. */
    record Reason(@Nullable String reason) {}

    /** A check's outcome. */
    record Check(boolean passed, @Nullable String result) {}

    /** A decision on a checked bring-in; {@code confirmation} the approver's fresh code when enrolled. */
    record Decision(
            boolean approve,
            @Nullable String reason,
            @Nullable String confirmation) {}

    @Operation(summary = "List carry-outs", description = "Those the caller may see, newest first.")
    @GetMapping(path = "/api/v1/carry-outs", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public Page<CarryOutItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "REQUESTED, AWAITING_CISO, APPROVED, REFUSED or RETURNED")
                    @RequestParam(required = false)
                    CarryOut.@Nullable State state,
            @Parameter(description = "only approved carry-outs not back after their due day")
                    @RequestParam(defaultValue = "false")
                    boolean overdue) {
        return carryOuts.page(state, overdue, page, size).map(CarryOutItem::of);
    }

    @Operation(
            summary = "Request a carry-out",
            description = "kind ASSET or COPY. An asset whose class the settings forbid to leave is refused (400).")
    @PostMapping(path = "/api/v1/carry-outs", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayRequest()")
    public ResponseEntity<CarryOutItem> request(@RequestBody CarryOuts.Draft draft) {
        long id = carryOuts.request(draft).id();
        return ResponseEntity.created(URI.create("/api/v1/carry-outs/" + id)).body(read(id));
    }

    @Operation(summary = "Read a carry-out")
    @GetMapping(path = "/api/v1/carry-outs/{id}", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public CarryOutItem read(@PathVariable long id) {
        return CarryOutItem.of(carryOuts.line(id));
    }

    @Operation(
            summary = "Approve the current step",
            description = "The unit's manager, then the CISO when needed. " + Approval.DOCUMENTATION)
    @PostMapping(path = "/api/v1/carry-outs/{id}/approve", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public CarryOutItem approve(
            @PathVariable long id,
            @RequestBody(required = false) @Nullable Approval approval,
            HttpServletRequest request) {
        carryOuts.approve(id, Approval.code(approval), request.getRemoteAddr());
        return read(id);
    }

    @Operation(summary = "Refuse a carry-out awaiting approval")
    @PostMapping(path = "/api/v1/carry-outs/{id}/refuse", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public CarryOutItem refuse(@PathVariable long id, @RequestBody Reason reason) {
        carryOuts.refuse(id, reason.reason());
        return read(id);
    }

    @Operation(summary = "Confirm the return", description = "On `returnedOn` (today by default).")
    @PostMapping(path = "/api/v1/carry-outs/{id}/return", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public CarryOutItem confirmReturn(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate returnedOn) {
        carryOuts.confirmReturn(id, returnedOn);
        return read(id);
    }

    @Operation(summary = "Remind an overdue return now", description = "Answers the number of people reminded.")
    @PostMapping(path = "/api/v1/carry-outs/{id}/remind", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public int remind(@PathVariable long id) {
        return carryOuts.remind(id);
    }

    @Operation(summary = "List bring-ins", description = "Those the caller may see, newest first.")
    @GetMapping(path = "/api/v1/bring-ins", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public Page<BringInItem> bringIns(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return bringIns.page(page, size).map(BringInItem::of);
    }

    @Operation(summary = "Read a bring-in")
    @GetMapping(path = "/api/v1/bring-ins/{id}", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public BringInItem bringIn(@PathVariable long id) {
        return BringInItem.of(bringIns.line(id));
    }

    @Operation(summary = "Request a bring-in", description = "kind PRIVATE or OUTSIDE, for fromDay–toDay.")
    @PostMapping(path = "/api/v1/bring-ins", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayRequest()")
    public ResponseEntity<BringInItem> requestBringIn(@RequestBody BringIns.Draft draft) {
        BringIn b = bringIns.request(draft);
        return ResponseEntity.created(URI.create("/api/v1/bring-ins/" + b.id())).body(bringIn(b.id()));
    }

    @Operation(summary = "Record the check of a bring-in", description = "A failed check refuses it.")
    @PostMapping(path = "/api/v1/bring-ins/{id}/check", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public BringInItem check(@PathVariable long id, @RequestBody Check check) {
        bringIns.check(id, check.passed(), check.result());
        return bringIn(id);
    }

    @Operation(
            summary = "Approve or refuse a checked bring-in",
            description = "An approver with an authenticator app enrolled sends the fresh code as `confirmation`.")
    @PostMapping(path = "/api/v1/bring-ins/{id}/decide", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.signedIn()")
    public BringInItem decide(@PathVariable long id, @RequestBody Decision decision, HttpServletRequest request) {
        bringIns.decide(id, decision.approve(), decision.reason(), decision.confirmation(), request.getRemoteAddr());
        return bringIn(id);
    }
}
