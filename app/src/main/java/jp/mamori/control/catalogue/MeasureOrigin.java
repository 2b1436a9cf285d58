package jp.mamori.control.catalogue;

/** Where a measure comes from: the shipped guideline catalogue, or the body's own addition. */
public enum MeasureOrigin {
    GUIDELINE,
    OWN;

    public String messageKey() {
        return "control.origin." + name();
    }
}
