package jp.mamori.control.soa;

/** Whose statement of applicability an entry belongs to: a unit's or an information system's. */
public record SoaScope(Kind kind, long id) {
    public enum Kind {
        UNIT,
        SYSTEM
    }

    public static SoaScope unit(long unitId) {
        return new SoaScope(Kind.UNIT, unitId);
    }

    public static SoaScope system(long systemId) {
        return new SoaScope(Kind.SYSTEM, systemId);
    }

    /** The statement's page: {@code /soa/units/{id}} or {@code /soa/systems/{id}}. */
    public String path() {
        return (kind == Kind.UNIT ? "/soa/units/" : "/soa/systems/") + id;
    }
}
