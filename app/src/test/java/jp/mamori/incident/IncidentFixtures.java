package jp.mamori.incident;

import java.time.Instant;
import java.util.List;

/** Incidents in any state, for the tests; times start on 2025-04-10 and move forward an hour a step. */
final class IncidentFixtures {
    static final Instant DISCOVERED = Instant.parse("2025-04-10T00:30:00Z");
    static final Instant REPORTED = Instant.parse("2025-04-10T01:00:00Z");
    static final String REPORTER = "yamada";
    static final String CSIRT = "csirt.tanaka";
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private IncidentFixtures() {}

    static IncidentDraft draft(PersonalData facts) {
        return new IncidentDraft(
                "共有フォルダの設定誤り",
                "組合員名簿が全職員から閲覧できる状態だった",
                DISCOVERED,
                "保険課 鈴木",
                List.of("共有フォルダ \\\\fs01\\hoken"),
                ThreatCategory.UNINTENTIONAL_ERROR,
                facts,
                10);
    }

    static Incident reported() {
        return Incident.report(IncidentId.random(), draft(PersonalData.none()), REPORTER, REPORTED, "");
    }

    static Instant hour(int n) {
        return REPORTED.plusSeconds(3_600L * n);
    }

    /** An incident walked along the shortest path to the state, with its events cleared. */
    static Incident in(IncidentState state) {
        Incident incident = reported();
        switch (state) {
            case REPORTED -> {}
            case NOT_AN_INCIDENT -> incident.closeAsNotAnIncident("誤報（テスト用の通知）", CSIRT, hour(1));
            default -> {
                incident.triage(new Triage(Severity.of(2), Priority.MEDIUM), CSIRT, hour(1), "");
                if (state.compareTo(IncidentState.CONTAINED) >= 0) {
                    incident.contain(CSIRT, hour(2), "LANから切断");
                }
                if (state.compareTo(IncidentState.ERADICATED) >= 0) {
                    incident.eradicate(CSIRT, hour(3), "");
                }
                if (state.compareTo(IncidentState.RECOVERED) >= 0) {
                    incident.recover(CSIRT, hour(4), "");
                }
                if (state == IncidentState.CLOSED) {
                    incident.close(new Closure("権限設定の誤り", "設定変更時の二人確認"), CSIRT, hour(5), "");
                }
            }
        }
        incident.clearEvents();
        return incident;
    }
}
