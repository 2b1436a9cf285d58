package jp.mamori.control.exceptions;

/**
 * What inside the unit an exception (例外措置) covers: the whole unit, one asset, one information
 * system (an asset of kind ①) or one network path between zones (exported to netcheck).
 */
public enum ExceptionTarget {
    UNIT,
    ASSET,
    SYSTEM,
    NETWORK;

    public String messageKey() {
        return "control.exception.target." + name();
    }
}
