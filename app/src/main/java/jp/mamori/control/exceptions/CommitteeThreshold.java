package jp.mamori.control.exceptions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.shared.InvalidInputException.Problem;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an exception (例外措置) is above what the decider approves alone and needs a decision of the
 * 情報セキュリティ委員会 first ({@code mamori.controls.exception-committee.*}):
 *
 * <ul>
 *   <li>{@code longer-than-days} (default 180): it lasts longer than that, counted from the first day
 *       of the exception it renews — a chain of renewals is one exception to the measure (0: no
 *       duration rule);
 *   <li>{@code zones} (default {@code MY_NUMBER}): it opens a network path from or to one of these
 *       layers — the マイナンバー利用事務系 is kept apart most strictly (empty: no zone rule).
 * </ul>
 */
@ConfigurationProperties("mamori.controls.exception-committee")
public record CommitteeThreshold(
        @DefaultValue("180") int longerThanDays,
        @DefaultValue("MY_NUMBER") Set<ZoneKind> zones) {
    public CommitteeThreshold {
        if (longerThanDays < 0 || longerThanDays > 3650) {
            throw new IllegalArgumentException(
                    "mamori.controls.exception-committee.longer-than-days must lie between 0 and 3650");
        }
        zones = Set.copyOf(zones);
    }

    static CommitteeThreshold defaults() {
        return new CommitteeThreshold(180, Set.of(ZoneKind.MY_NUMBER));
    }

    /**
     * Why the exception needs the committee, as problems on the field {@code decisionId} (empty when
     * the decider approves alone).
     *
     * @param firstDay the first day of the chain of renewals it belongs to (its own first day if it
     *     renews nothing)
     */
    List<Problem> reasons(ControlException e, LocalDate firstDay) {
        List<Problem> reasons = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(firstDay, e.endsOn()) + 1;
        if (longerThanDays > 0 && days > longerThanDays) {
            reasons.add(Problem.of("decisionId", "control.exception.committee.duration", days, longerThanDays));
        }
        if (e.isNetwork()) {
            for (ZoneKind zone : ZoneKind.values()) {
                if (zones.contains(zone)
                        && (zone == e.path().fromZone() || zone == e.path().toZone())) {
                    reasons.add(Problem.of("decisionId", "control.exception.committee.zone." + zone.name()));
                }
            }
        }
        return reasons;
    }
}
