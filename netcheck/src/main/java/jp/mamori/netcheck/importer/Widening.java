package jp.mamori.netcheck.importer;

/**
 * What importers do with a rule whose match conditions were partly ignored. Ignoring a condition
 * widens the rule: harmless for a permit (the analysis can only over-report), but a widened deny
 * would hide permits below it. Such a deny is therefore imported disabled, so the imported filter
 * is never stricter than the device.
 */
final class Widening {
    static final String DISABLED_DENY = "扱えない条件を含む拒否規則のため、この規則は無効として扱います(下の許可規則を見落とさないため)";

    private Widening() {}
}
