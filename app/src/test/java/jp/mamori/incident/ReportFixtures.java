package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A breach for the report tests: 要配慮個人情報 of about 1,234 members of the fictional 架空市職員共済組合,
 * discovered at 09:30 on 令和7年4月10日 (Japan time), so the 速報 is due 令和7年4月12日 and the 確報
 * 令和7年5月9日.
 */
final class ReportFixtures {
    static final LocalDate TODAY = LocalDate.of(2025, 4, 11);
    static final String REFERENCE = "2025-0007";
    static final String UNIT = "保険課";

    private ReportFixtures() {}

    static PersonalData sensitiveOf(int people) {
        return new PersonalData(true, true, false, people, false, false, false, false, false);
    }

    static Incident breach(PersonalData facts) {
        var draft = new IncidentDraft(
                "健診結果の誤送信",
                "組合員の健診結果一覧を外部の事業者へ誤って送信した。",
                Instant.parse("2025-04-10T00:30:00Z"),
                "保険課 職員",
                List.of("健診結果一覧（Excel）", "メールシステム"),
                ThreatCategory.UNINTENTIONAL_ERROR,
                facts,
                10);
        return Incident.report(IncidentId.random(), draft, "reporter", Instant.parse("2025-04-10T01:00:00Z"), "");
    }

    static ReportFacts facts() {
        return new ReportFacts(
                LocalDate.of(2025, 4, 9),
                "氏名、組合員番号、健診結果",
                "現時点で二次被害は確認されていない。",
                "対象の組合員へ4月11日に通知文を発送した。",
                "4月12日にウェブサイトで公表した。",
                "宛先の選択誤り",
                "外部宛て送信時の上長確認",
                "送信先事業者は削除済みと回答している。",
                "保険課 情報担当（内線 1234）");
    }

    static final String BODY = "架空市職員共済組合";

    static CommissionReport report(Incident incident, ReportFacts facts) {
        ReportingDecision decision = incident.reportingDecision(ReportingRules.defaults(Thresholds.defaults()));
        return CommissionReport.assemble(
                new CommissionReport.Subject(incident, REFERENCE, UNIT),
                facts,
                decision,
                TODAY,
                ReportTexts.japanese());
    }

    /** The report as the body of that regime files it, the 速報 or the 確報. */
    static CommissionReport report(Incident incident, ReportFacts facts, Regime regime, ReportSubmission.Kind kind) {
        ReportingDecision decision =
                incident.reportingDecision(ReportingRules.forRegime(regime, Thresholds.defaults()));
        return CommissionReport.assemble(
                new CommissionReport.Subject(incident, REFERENCE, UNIT, regime, List.of(), BODY, kind),
                facts,
                decision,
                TODAY,
                ReportTexts.japanese());
    }
}
