package jp.mamori.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.policy.AcknowledgementCampaign;
import jp.mamori.policy.Acknowledgements;
import jp.mamori.policy.CampaignProgress;
import jp.mamori.policy.CampaignRepository;
import jp.mamori.policy.PolicyAccess;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.Revision;
import jp.mamori.policy.RevisionState;
import jp.mamori.policy.Revisions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of acknowledgement (遵守の確認): what the caller still has to confirm, confirming a
 * revision in force, and the progress of campaigns (per revision and per campaign) for those who
 * follow them. Documents the caller may not read are 404 as everywhere in the policy API.
 */
@RestController
@Tag(name = "policy acknowledgement", description = "Staff acknowledgement of policy revisions in force (遵守の確認)")
@RequestMapping(path = "/api/v1/policies", produces = "application/json")
class AcknowledgementApi {
    /** A revision the caller is asked to confirm. */
    record ToConfirmResource(
            long documentId,
            String title,
            long revisionId,
            int revision,
            String documentNumber,
            @Nullable LocalDate effectiveOn,
            @Nullable String contentHash,
            long campaignId,
            @Nullable LocalDate dueOn,
            boolean overdue) {}

    /** A confirmation given. */
    record ConfirmationResource(
            long documentId,
            long revisionId,
            long personId,
            String contentHash,
            OffsetDateTime confirmedAt,
            String channel) {
        static ConfirmationResource of(CampaignRepository.Confirmation c) {
            return new ConfirmationResource(
                    c.documentId(), c.revisionId(), c.personId(), c.contentHash(), c.confirmedAt(), c.channel());
        }
    }

    /** The caller's acknowledgement status. */
    record MineResource(List<ToConfirmResource> toConfirm, List<ConfirmationResource> confirmed) {}

    /** What a confirmation sends: the content hash of the text the person read. */
    record ConfirmRequest(String contentHash) {}

    /** Figures of a campaign or a unit. */
    record FiguresResource(int targeted, int confirmed, int notConfirmed, int percent) {
        static FiguresResource of(CampaignProgress.Figures f) {
            return new FiguresResource(f.targeted(), f.confirmed(), f.notConfirmed(), f.percent());
        }
    }

    /** One unit's figures. */
    record UnitFiguresResource(long unitId, String code, String name, FiguresResource figures) {}

    /** A person who has not confirmed. */
    record PendingResource(long personId, String staffNumber, String name, long unitId, String unitName) {}

    /** A campaign with its progress (only the units the caller may see when {@code partial}). */
    record CampaignResource(
            long id,
            long documentId,
            long revisionId,
            String audience,
            List<Long> audienceIds,
            @Nullable LocalDate dueOn,
            String status,
            OffsetDateTime startedAt,
            boolean partial,
            FiguresResource total,
            List<UnitFiguresResource> units,
            List<PendingResource> notConfirmed) {
        static CampaignResource of(Acknowledgements.CampaignView v) {
            AcknowledgementCampaign c = v.campaign();
            return new CampaignResource(
                    c.id(),
                    c.documentId(),
                    c.revisionId(),
                    c.audience().kind(),
                    c.audience().ids(),
                    c.dueOn(),
                    v.status().name(),
                    c.startedAt(),
                    v.partial(),
                    FiguresResource.of(v.progress().total()),
                    v.progress().units().stream()
                            .map(u -> new UnitFiguresResource(
                                    u.unitId(), u.code(), u.name(), FiguresResource.of(u.figures())))
                            .toList(),
                    v.progress().pending().stream()
                            .map(p -> new PendingResource(
                                    p.personId(), p.staffNumber(), p.name(), p.unitId(), p.unitName()))
                            .toList());
        }
    }

    /** The acknowledgement status of one revision: the caller's own confirmation and the campaigns. */
    record RevisionStatusResource(
            long documentId,
            long revisionId,
            @Nullable String contentHash,
            boolean inForce,
            @Nullable ConfirmationResource mine,
            List<CampaignSummaryResource> campaigns) {}

    /** A campaign in a list. */
    record CampaignSummaryResource(
            long id, String audience, @Nullable LocalDate dueOn, String status, FiguresResource total) {}

    private final Acknowledgements acknowledgements;
    private final PolicyAccess policyAccess;
    private final Revisions revisions;

    AcknowledgementApi(Acknowledgements acknowledgements, PolicyAccess policyAccess, Revisions revisions) {
        this.acknowledgements = acknowledgements;
        this.policyAccess = policyAccess;
        this.revisions = revisions;
    }

    @Operation(
            summary = "My acknowledgements",
            description = "The revisions in force the caller is asked to confirm (open campaigns that target them), "
                    + "earliest due date first, and the confirmations they gave.")
    @GetMapping("/acknowledgements/mine")
    @PreAuthorize(Rights.SIGNED_IN)
    public MineResource mine() {
        return new MineResource(
                acknowledgements.toConfirm().stream()
                        .map(t -> new ToConfirmResource(
                                t.document().id(),
                                t.document().title(),
                                t.revision().id(),
                                t.revision().number(),
                                t.revision().documentNumber(),
                                t.revision().effectiveOn(),
                                t.revision().contentHash(),
                                t.campaignId(),
                                t.dueOn(),
                                t.overdue()))
                        .toList(),
                acknowledgements.confirmed().stream()
                        .map(c -> ConfirmationResource.of(c.confirmation()))
                        .toList());
    }

    @Operation(
            summary = "Confirm a revision",
            description = "The caller (a person) confirms having read the revision in force. contentHash must be the "
                    + "revision's content hash (SHA-256, hex); 400 when it differs or the revision is not in force "
                    + "today. Confirming again returns the first confirmation.")
    @PostMapping(path = "/{documentId}/revisions/{revisionId}/acknowledgements", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<ConfirmationResource> confirm(
            @PathVariable long documentId, @PathVariable long revisionId, @RequestBody ConfirmRequest request) {
        CampaignRepository.Confirmation confirmation = acknowledgements.confirm(
                documentId, revisionId, request.contentHash() == null ? "" : request.contentHash(), "API");
        return ResponseEntity.created(
                        URI.create("/api/v1/policies/" + documentId + "/revisions/" + revisionId + "/acknowledgements"))
                .body(ConfirmationResource.of(confirmation));
    }

    @Operation(
            summary = "Acknowledgement status of a revision",
            description = "The caller's own confirmation, and for those who follow campaigns (body-wide managers, "
                    + "auditors, unit heads: only their units) the campaigns of the revision with their figures.")
    @GetMapping("/{documentId}/revisions/{revisionId}/acknowledgements")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionStatusResource revisionStatus(@PathVariable long documentId, @PathVariable long revisionId) {
        PolicyDocument document = policyAccess.readable(documentId, "api");
        Revision revision = revisions.get(documentId, revisionId);
        if (revision.recordedState() != RevisionState.APPROVED && !policyAccess.seesUnapproved(document)) {
            throw new jp.mamori.shared.NotFoundException("policy revision", revisionId);
        }
        Acknowledgements.RevisionPanel panel = acknowledgements.panel(document, revision);
        return new RevisionStatusResource(
                documentId,
                revisionId,
                revision.contentHash(),
                panel.inForce(),
                panel.confirmation() == null ? null : ConfirmationResource.of(panel.confirmation()),
                panel.campaigns().stream()
                        .map(l -> new CampaignSummaryResource(
                                l.campaign().id(),
                                l.campaign().audience().kind(),
                                l.campaign().dueOn(),
                                l.status().name(),
                                FiguresResource.of(l.figures())))
                        .toList());
    }

    @Operation(
            summary = "A campaign with its progress",
            description = "Per unit targeted / confirmed / percentage and the people not confirmed. Body-wide managers "
                    + "and auditors see every unit; unit heads only theirs (partial=true); others 403.")
    @GetMapping("/acknowledgements/campaigns/{campaignId}")
    @PreAuthorize(Rights.SIGNED_IN)
    public CampaignResource campaign(@PathVariable long campaignId) {
        return CampaignResource.of(acknowledgements.view(campaignId));
    }
}
