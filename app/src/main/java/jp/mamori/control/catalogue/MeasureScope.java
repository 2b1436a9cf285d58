package jp.mamori.control.catalogue;

/**
 * Where a measure is implemented: once for the whole body (組織全体), in each unit (所属), or in each
 * information system (an asset of kind ①). The statement of applicability lists BODY measures under
 * the top unit, UNIT measures per unit and SYSTEM measures per system.
 */
public enum MeasureScope {
    BODY,
    UNIT,
    SYSTEM;

    public String messageKey() {
        return "control.scope." + name();
    }
}
