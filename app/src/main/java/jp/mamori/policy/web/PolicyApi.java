package jp.mamori.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.policy.PolicyAccess;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyDocuments;
import jp.mamori.policy.Revision;
import jp.mamori.policy.RevisionState;
import jp.mamori.policy.RevisionTimeline;
import jp.mamori.policy.Revisions;
import jp.mamori.policy.web.PolicyResources.DocumentResource;
import jp.mamori.policy.web.PolicyResources.ReturnRequest;
import jp.mamori.policy.web.PolicyResources.RevisionRequest;
import jp.mamori.policy.web.PolicyResources.RevisionResource;
import jp.mamori.policy.web.PolicyResources.RevisionSummary;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for policy documents and their revisions, under the same reading rule as the pages: a
 * document the caller may not read is a 404 exactly like an unknown id (and the attempt is audited),
 * and lists and search leave it out. Drafts are shown only to the document's editors and approvers.
 */
@RestController
@Tag(name = "policies", description = "Policy documents, revisions and their approval (情報セキュリティポリシー)")
@RequestMapping(path = "/api/v1/policies", produces = "application/json")
class PolicyApi {
    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final PolicyAccess access;

    private final Clock clock;

    PolicyApi(PolicyDocuments documents, Revisions revisions, PolicyAccess access, Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.revisions = revisions;
        this.access = access;
    }

    @Operation(
            summary = "List documents",
            description = "Documents the caller may read, in tree order; q searches title, 文書番号 and text. Paged.")
    @GetMapping
    @PreAuthorize(Rights.SIGNED_IN)
    public Page<DocumentResource> list(
            @Parameter(description = "words that must all occur (width and case ignored)")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size) {
        int[] bounds = Page.bounds(page, size);
        int p = bounds[0];
        int s = bounds[1];
        List<PolicyDocuments.Node> nodes = q.isBlank() ? documents.tree() : documents.search(q);
        List<DocumentResource> items = nodes.stream()
                .skip((long) p * s)
                .limit(s)
                .map(n -> DocumentResource.of(
                        n.document(),
                        n.inForce() == null ? null : RevisionSummary.of(n.inForce(), RevisionState.IN_FORCE),
                        null))
                .toList();
        return new Page<>(items, p, s, nodes.size());
    }

    @Operation(
            summary = "Read a document",
            description =
                    "With the revisions the caller may see and their state today. 404 when unknown or not readable.")
    @GetMapping("/{id}")
    @PreAuthorize(Rights.SIGNED_IN)
    public DocumentResource document(@PathVariable long id) {
        PolicyDocument document = access.readable(id, "api");
        RevisionTimeline timeline = revisions.timeline(id);
        LocalDate today = LocalDate.now(clock);
        List<RevisionSummary> list = access.visible(document, timeline.revisions()).stream()
                .map(r -> RevisionSummary.of(r, timeline.stateOf(r, today)))
                .toList();
        return DocumentResource.of(
                document,
                timeline.inForceOn(today)
                        .map(r -> RevisionSummary.of(r, RevisionState.IN_FORCE))
                        .orElse(null),
                list);
    }

    @Operation(
            summary = "Read a revision",
            description = "Markdown, safe HTML, dates, state today, approvals and the SHA-256 content hash.")
    @GetMapping("/{id}/revisions/{revisionId}")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionResource revision(@PathVariable long id, @PathVariable long revisionId) {
        PolicyDocument document = access.readable(id, "api");
        Revision revision = access.visible(document, revisions.get(id, revisionId), "api");
        return RevisionResource.of(revision, revisions.timeline(id).stateOf(revision, LocalDate.now(clock)));
    }

    @Operation(
            summary = "Revision in force on a day",
            description = "The revision in force on the given day (default today, Japan time); 404 when none was.")
    @GetMapping("/{id}/in-force")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionResource inForce(
            @PathVariable long id,
            @Parameter(description = "the day, ISO 8601 (YYYY-MM-DD)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate on) {
        access.readable(id, "api");
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        RevisionTimeline timeline = revisions.timeline(id);
        Revision revision =
                timeline.inForceOn(day).orElseThrow(() -> new NotFoundException("revision in force on " + day, id));
        return RevisionResource.of(revision, timeline.stateOf(revision, LocalDate.now(clock)));
    }

    @Operation(
            summary = "Draft a new revision",
            description =
                    "Editors of the document only; one open revision at a time. 201 with Location; 400 per field.")
    @PostMapping(path = "/{id}/revisions", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<RevisionResource> createDraft(@PathVariable long id, @RequestBody RevisionRequest request) {
        Revision revision = revisions.createDraft(id, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/policies/" + id + "/revisions/" + revision.id()))
                .body(RevisionResource.of(revision, revision.recordedState()));
    }

    @Operation(summary = "Change a draft", description = "Only drafts change; approved revisions are immutable (403).")
    @PutMapping(path = "/{id}/revisions/{revisionId}", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionResource changeDraft(
            @PathVariable long id, @PathVariable long revisionId, @RequestBody RevisionRequest request) {
        Revision revision = revisions.edit(id, revisionId, request.draft());
        return RevisionResource.of(revision, revision.recordedState());
    }

    @Operation(summary = "Send a draft to approval", description = "400 lists what is missing; 403 when not a draft.")
    @PostMapping("/{id}/revisions/{revisionId}/submit")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionResource submit(@PathVariable long id, @PathVariable long revisionId) {
        Revision revision = revisions.submit(id, revisionId);
        return RevisionResource.of(revision, revision.recordedState());
    }

    @Operation(
            summary = "Approve the current step",
            description = "The caller must hold the step's role for the owner unit, must not have written the"
                    + " revision and must not have approved another step (403 otherwise).")
    @PostMapping("/{id}/revisions/{revisionId}/approve")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionResource approve(@PathVariable long id, @PathVariable long revisionId) {
        Revision revision = revisions.approve(id, revisionId);
        return RevisionResource.of(revision, revisions.timeline(id).stateOf(revision, LocalDate.now(clock)));
    }

    @Operation(summary = "Return to draft", description = "Same rights as approve; a comment is required (400).")
    @PostMapping(path = "/{id}/revisions/{revisionId}/reject", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public RevisionResource reject(
            @PathVariable long id, @PathVariable long revisionId, @RequestBody ReturnRequest request) {
        Revision revision = revisions.reject(id, revisionId, PolicyForms.text(request.comment()));
        return RevisionResource.of(revision, revision.recordedState());
    }
}
