package jp.mamori.control.web;

import jp.mamori.control.catalogue.CheckFrequency;
import jp.mamori.control.catalogue.MeasureScope;
import jp.mamori.control.catalogue.OwnMeasure;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/** The form for the body's own measure added while tailoring (a bean for Spring's binding). */
class OwnMeasureForm {
    private String id = "";
    private String title = "";
    private String statement = "";
    private String evidence = "";
    private @Nullable Role role = Role.SECURITY_MANAGER;
    private @Nullable CheckFrequency frequency = CheckFrequency.ANNUAL;
    private @Nullable MeasureScope scope = MeasureScope.UNIT;
    private String iso27001 = "";

    /** The values entered, for the catalogue to check and store. */
    OwnMeasure toOwnMeasure() {
        return new OwnMeasure(id, title, statement, evidence, role, frequency, scope, iso27001);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement == null ? "" : statement;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence == null ? "" : evidence;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable CheckFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(@Nullable CheckFrequency frequency) {
        this.frequency = frequency;
    }

    public @Nullable MeasureScope getScope() {
        return scope;
    }

    public void setScope(@Nullable MeasureScope scope) {
        this.scope = scope;
    }

    public String getIso27001() {
        return iso27001;
    }

    public void setIso27001(String iso27001) {
        this.iso27001 = iso27001 == null ? "" : iso27001;
    }
}
