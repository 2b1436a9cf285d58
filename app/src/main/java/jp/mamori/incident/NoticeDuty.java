package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The duty to tell the persons concerned of a breach that must be reported (本人への通知), as each
 * regime states it. Whenever a report to the 個人情報保護委員会 is due, the persons concerned are told
 * as well; the rules list when that may be replaced (the provisions are cited on the page, in the
 * report and in docs/incidents.md):
 *
 * <ul>
 *   <li>{@link Regime#BUSINESS}: 法 第26条第2項 (told, or, when telling is difficult, a measure
 *       protecting them instead); 施行規則 第10条 (promptly, as the situation allows, the items needed).
 *   <li>{@link Regime#PUBLIC_BODY}: 法 第68条第2項 — the same, plus a second exception of its own: the
 *       information holds 不開示情報 (第78条第1項各号); 施行規則 第45条.
 * </ul>
 *
 * 特定個人情報 adds 番号法 第29条の4第2項 under both.
 */
public record NoticeDuty(Regime regime) {
    static final int TEXT_MAX = 2000;

    public static NoticeDuty of(Regime regime) {
        return new NoticeDuty(regime);
    }

    /** The provisions that put the duty on the body, for the facts of the incident. */
    public String provision(PersonalData data) {
        String base = regime == Regime.PUBLIC_BODY ? "個人情報保護法第68条第2項、施行規則第45条" : "個人情報保護法第26条第2項、施行規則第10条";
        return data.myNumber() ? base + "、番号法第29条の4第2項" : base;
    }

    /** The ways the regime allows, in the order the page offers them. */
    public List<PeopleNotice.Way> ways() {
        return ways(false);
    }

    /**
     * The ways allowed when the report is (or is not) due under 番号法 as well: 番号法 第29条の4第2項
     * excuses a notice only when it is difficult and another measure is taken, so 不開示情報 (法 第68条
     * 第2項第2号) is no way out of a notice 番号法 requires.
     */
    public List<PeopleNotice.Way> ways(boolean myNumberActDuty) {
        return regime == Regime.PUBLIC_BODY && !myNumberActDuty
                ? List.of(PeopleNotice.Way.values())
                : List.of(PeopleNotice.Way.NOTIFIED, PeopleNotice.Way.ALTERNATIVE);
    }

    /** The provision of one way under this regime. */
    public String provision(PeopleNotice.Way way) {
        return switch (way) {
            case NOTIFIED -> regime == Regime.PUBLIC_BODY ? "法第68条第2項本文" : "法第26条第2項本文";
            case ALTERNATIVE -> regime == Regime.PUBLIC_BODY ? "法第68条第2項第1号" : "法第26条第2項ただし書";
            case WITHHELD_NON_DISCLOSURE -> "法第68条第2項第2号（第78条第1項各号）";
        };
    }

    /**
     * Checks a record before it is stored; every problem names its field. Told: a method, at least
     * one person and at least the 概要 among the items. Another measure: why telling was not possible,
     * the measure and what was done. Withheld: only for 行政機関等, with the 不開示情報 named.
     */
    public void check(
            PeopleNotice.@Nullable Way way,
            @Nullable LocalDate doneOn,
            PeopleNotice.@Nullable Method method,
            int people,
            Set<PeopleNotice.Item> items,
            String whyNot,
            PeopleNotice.@Nullable Measure measure,
            String measureText,
            LocalDate discoveredOn,
            LocalDate today) {
        check(way, doneOn, method, people, items, whyNot, measure, measureText, discoveredOn, today, false);
    }

    /**
     * As {@link #check(PeopleNotice.Way, LocalDate, PeopleNotice.Method, int, Set, String,
     * PeopleNotice.Measure, String, LocalDate, LocalDate)}, knowing whether 番号法 makes the report
     * due: then a notice withheld for 不開示情報 is refused ({@link #ways(boolean)}).
     */
    public void check(
            PeopleNotice.@Nullable Way way,
            @Nullable LocalDate doneOn,
            PeopleNotice.@Nullable Method method,
            int people,
            Set<PeopleNotice.Item> items,
            String whyNot,
            PeopleNotice.@Nullable Measure measure,
            String measureText,
            LocalDate discoveredOn,
            LocalDate today,
            boolean myNumberActDuty) {
        List<Problem> problems = new ArrayList<>();
        if (way == null) {
            problems.add(Problem.of("way", "incident.notice.error.way"));
        } else if (!ways().contains(way)) {
            problems.add(Problem.of("way", "incident.notice.error.wayNotInRegime"));
        } else if (!ways(myNumberActDuty).contains(way)) {
            problems.add(Problem.of("way", "incident.notice.error.myNumberNoWithholding"));
        }
        if (doneOn == null) {
            problems.add(Problem.of("doneOn", "incident.error.required"));
        } else if (doneOn.isAfter(today)) {
            problems.add(Problem.of("doneOn", "incident.notice.error.future"));
        } else if (doneOn.isBefore(discoveredOn)) {
            problems.add(Problem.of("doneOn", "incident.notice.error.beforeDiscovery"));
        }
        if (people < 0) {
            problems.add(Problem.of("people", "incident.error.personalData.peopleNotNegative"));
        }
        text(problems, "whyNot", whyNot);
        text(problems, "measureText", measureText);
        if (way == PeopleNotice.Way.NOTIFIED) {
            if (method == null) {
                problems.add(Problem.of("method", "incident.notice.error.method"));
            }
            if (people < 1) {
                problems.add(Problem.of("people", "incident.notice.error.people"));
            }
            if (!items.contains(PeopleNotice.Item.OVERVIEW)) {
                problems.add(Problem.of("items", "incident.notice.error.overview"));
            }
        } else if (way == PeopleNotice.Way.ALTERNATIVE) {
            if (whyNot.isBlank()) {
                problems.add(Problem.of("whyNot", "incident.notice.error.whyNot"));
            }
            if (measure == null) {
                problems.add(Problem.of("measure", "incident.notice.error.measure"));
            }
            if (measureText.isBlank()) {
                problems.add(Problem.of("measureText", "incident.notice.error.measureText"));
            }
        } else if (way == PeopleNotice.Way.WITHHELD_NON_DISCLOSURE && whyNot.isBlank()) {
            problems.add(Problem.of("whyNot", "incident.notice.error.nonDisclosure"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void text(List<Problem> problems, String field, String value) {
        if (value.length() > TEXT_MAX) {
            problems.add(Problem.of(field, "incident.error.tooLong", TEXT_MAX));
        }
    }
}
