package jp.mamori.incident;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The legal regime in force and where it comes from.
 *
 * @param regime the regime whose rules apply now; {@link Regime#PUBLIC_BODY} while nothing is chosen,
 *     because its rules report more (more than 100 people instead of 1,000, and 条例要配慮個人情報)
 * @param source the setting, the stored choice, or nothing chosen yet
 * @param chosenBy who stored the choice (a stored choice only)
 * @param chosenAt when (a stored choice only)
 * @param reason why (a stored choice only)
 */
public record RegimeChoice(
        Regime regime,
        Source source,
        @Nullable String chosenBy,
        @Nullable Instant chosenAt,
        @Nullable String reason) {

    /** Where the regime in force comes from. */
    public enum Source {
        /** {@code mamori.incident.regime} / {@code MAMORI_INCIDENT_REGIME}: wins over a stored choice. */
        SETTING,
        /** chosen on the settings page (at first setup, or later by a body-wide manager). */
        STORED,
        /** nothing set or chosen: the stricter rules of 行政機関等 apply until someone chooses. */
        NOT_CHOSEN;

        public String messageKey() {
            return "incident.regime.source." + name();
        }
    }

    /** True when a body-wide manager still has to choose (nothing set, nothing stored). */
    public boolean mustChoose() {
        return source == Source.NOT_CHOSEN;
    }
}
