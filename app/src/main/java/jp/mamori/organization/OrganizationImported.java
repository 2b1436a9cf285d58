package jp.mamori.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code organization.imported}: a bulk load from files, with what it created and updated. */
public record OrganizationImported(
        String actor,
        String files,
        int unitsCreated,
        int unitsUpdated,
        int unitsUnchanged,
        int peopleCreated,
        int peopleUpdated,
        int peopleUnchanged)
        implements AuditableEvent {
    @Override
    public String action() {
        return "organization.imported";
    }

    @Override
    public String subjectType() {
        return "organization";
    }

    @Override
    public String subjectId() {
        return "";
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("files", files);
        details.put("unitsCreated", Integer.toString(unitsCreated));
        details.put("unitsUpdated", Integer.toString(unitsUpdated));
        details.put("unitsUnchanged", Integer.toString(unitsUnchanged));
        details.put("peopleCreated", Integer.toString(peopleCreated));
        details.put("peopleUpdated", Integer.toString(peopleUpdated));
        details.put("peopleUnchanged", Integer.toString(peopleUnchanged));
        return Changes.frozen(details);
    }
}
