package jp.mamori.control;

import java.util.List;

/** The statement of applicability as other modules read it (self-inspection asks about these measures). */
public interface StatementOfApplicability {
    /**
     * The measures of the catalogue in force that apply to the unit today, in catalogue order, whoever
     * is signed in (the caller decides who may see what it builds from them).
     */
    List<MeasureSummary> applicableTo(long unitId);
}
