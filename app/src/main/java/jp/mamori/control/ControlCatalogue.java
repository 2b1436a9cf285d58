package jp.mamori.control;

import java.util.Optional;

/** Read access to the catalogue in force for other modules. */
public interface ControlCatalogue {
    /** The measure with this id in the catalogue in force. */
    Optional<MeasureSummary> measure(String id);
}
