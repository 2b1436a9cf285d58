package jp.mamori.audit.web;

import java.util.List;
import jp.mamori.audit.ActionNote;
import jp.mamori.audit.ActionState;
import jp.mamori.audit.ChapterResult;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActions;
import jp.mamori.audit.EvidenceFile;
import jp.mamori.audit.Question;
import jp.mamori.audit.SelfInspection;
import jp.mamori.audit.SelfInspections;
import jp.mamori.audit.UnitProgress;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/self-inspections} and {@code /api/v1/corrective-actions}: read-only, with the same
 * visibility as the pages (body-wide readers see all, managers their units).
 */
@RestController
@PreAuthorize("isAuthenticated()")
class AuditApi {
    private final SelfInspections inspections;
    private final CorrectiveActions actions;

    AuditApi(SelfInspections inspections, CorrectiveActions actions) {
        this.inspections = inspections;
        this.actions = actions;
    }

    /** A campaign with each unit's progress and (for body-wide readers) the results by chapter. */
    record InspectionResource(SelfInspection inspection, List<UnitProgress> units, List<ChapterResult> chapters) {}

    /** An action with its progress notes, its evidence files (described) and whether it is overdue today. */
    record ActionResource(CorrectiveAction action, boolean overdue, List<ActionNote> notes, List<EvidenceFile> files) {}

    @GetMapping("/api/v1/self-inspections")
    public Page<SelfInspection> inspections(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return inspections.inspections(page, size);
    }

    @GetMapping("/api/v1/self-inspections/{id}")
    public InspectionResource inspection(@PathVariable long id) {
        return new InspectionResource(inspections.inspection(id), inspections.progress(id), inspections.chapters(id));
    }

    @GetMapping("/api/v1/self-inspections/{id}/units/{unitId}/questions")
    public List<Question> questions(@PathVariable long id, @PathVariable long unitId) {
        return inspections.questions(id, unitId);
    }

    @GetMapping("/api/v1/corrective-actions")
    public Page<CorrectiveAction> actions(
            @RequestParam(required = false) @Nullable ActionState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return actions.list(new CorrectiveActions.Filter(state, overdue), page, size);
    }

    @GetMapping("/api/v1/corrective-actions/{id}")
    public ActionResource action(@PathVariable long id) {
        CorrectiveAction action = actions.action(id);
        return new ActionResource(action, action.overdue(actions.today()), actions.notes(id), actions.files(id));
    }
}
