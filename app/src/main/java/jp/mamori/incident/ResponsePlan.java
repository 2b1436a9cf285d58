package jp.mamori.incident;

import java.util.HashSet;
import java.util.List;

/**
 * The body's emergency response plan (緊急時対応計画) as the incident pages use it: the steps to work
 * through on each incident (a checklist), from which severity the CISO is told, how many days after
 * discovery the 速報 to the 個人情報保護委員会 is due, and whom to contact. Body-wide managers edit it
 * on the plan page; every saved plan is kept as a {@link ResponsePlanVersion}.
 *
 * @param steps the checklist, in the order shown
 * @param cisoFrom the lowest severity that is escalated to the CISO
 * @param preliminaryReportDays the 速報 is due this many days after the day of discovery (1–5: the
 *     law says "promptly", which the commission reads as about 3 to 5 days; a body may be quicker)
 * @param contacts who is contacted inside and outside the body, as free text (one line each)
 * @param matrix whom else the first stage of the escalation tells (the escalation matrix)
 */
public record ResponsePlan(
        List<PlanStep> steps, Severity cisoFrom, int preliminaryReportDays, String contacts, EscalationMatrix matrix) {
    /** The range of 速報 day counts a plan may set. */
    public static final int PRELIMINARY_DAYS_MIN = 1;

    public static final int PRELIMINARY_DAYS_MAX = 5;

    public ResponsePlan {
        steps = List.copyOf(steps);
        var keys = new HashSet<String>();
        for (PlanStep step : steps) {
            if (!keys.add(step.key())) {
                throw new IllegalArgumentException("plan step keys must be unique: " + step.key());
            }
        }
        if (preliminaryReportDays < PRELIMINARY_DAYS_MIN || preliminaryReportDays > PRELIMINARY_DAYS_MAX) {
            throw new IllegalArgumentException("the 速報 day count of a plan is 1 to 5: " + preliminaryReportDays);
        }
        contacts = contacts.replace("\r\n", "\n").strip();
    }

    /** A plan without the optional rows of the escalation matrix. */
    public ResponsePlan(List<PlanStep> steps, Severity cisoFrom, int preliminaryReportDays, String contacts) {
        this(steps, cisoFrom, preliminaryReportDays, contacts, EscalationMatrix.none());
    }

    /** A plan with the usual 速報 day count (3) and the default contacts. */
    public ResponsePlan(List<PlanStep> steps, Severity cisoFrom) {
        this(steps, cisoFrom, Thresholds.defaults().preliminaryReportDays(), DEFAULT_CONTACTS);
    }

    /** The escalation policy of this plan. */
    public EscalationPolicy escalationPolicy() {
        return new EscalationPolicy(cisoFrom, matrix);
    }

    /**
     * The configured thresholds with this plan's 速報 day count, so the pages, the lists and the
     * report show the same date. The 確報 is never earlier than the 速報.
     */
    public Thresholds thresholds(Thresholds configured) {
        return configured.withPreliminaryReportDays(Math.min(preliminaryReportDays, configured.finalReportDays()));
    }

    /** The plan used until the body saves its own: the usual steps of an incident response. */
    public static ResponsePlan defaults(Severity cisoFrom) {
        return defaults(cisoFrom, Thresholds.defaults().preliminaryReportDays());
    }

    /** The default steps and contacts with the configured CISO threshold and 速報 day count. */
    public static ResponsePlan defaults(Severity cisoFrom, int preliminaryReportDays) {
        return new ResponsePlan(
                List.of(
                        new PlanStep(
                                "report-record",
                                IncidentStep.REPORT,
                                "発見した事象と日時を記録した",
                                "初動: 見たこと、気付いた時刻、画面の表示をそのまま書き留める。電源は切らない。"),
                        new PlanStep(
                                "report-stop-spread",
                                IncidentStep.REPORT,
                                "被害の拡大を防ぐ初動の措置をとった",
                                "初動: 不審な端末はLANケーブルを抜くか無線を切る。誤送信は相手に削除を依頼する。"),
                        new PlanStep("triage-scope", IncidentStep.TRIAGE, "影響範囲（システム、情報、人数）を確認した", ""),
                        new PlanStep(
                                "triage-ppc",
                                IncidentStep.TRIAGE,
                                "個人情報保護委員会への報告の要否を判断した",
                                "報告が必要なら速報の期限を確認し、報告書の作成に着手する。"),
                        new PlanStep("contain-isolate", IncidentStep.CONTAIN, "被害の拡大を防ぐ措置（ネットワークからの切り離し等）をとった", ""),
                        new PlanStep(
                                "contain-evidence",
                                IncidentStep.CONTAIN,
                                "ログ等の証跡を保全した",
                                "ログ、メール、設定ファイルを複製し、証跡として登録する（SHA-256 が記録される）。"),
                        new PlanStep("eradicate-cause", IncidentStep.ERADICATE, "原因を取り除いた", ""),
                        new PlanStep("recover-restore", IncidentStep.RECOVER, "システムと業務を復旧し、正常に動作することを確かめた", ""),
                        new PlanStep("recover-notify", IncidentStep.RECOVER, "本人への通知・公表の要否を判断し、必要な対応をした", ""),
                        new PlanStep(
                                "close-report",
                                IncidentStep.CLOSE,
                                "原因と再発防止策をCISOに報告した",
                                "情報セキュリティ委員会へも報告し、再発防止策の実施を指示してもらう。")),
                cisoFrom,
                preliminaryReportDays,
                DEFAULT_CONTACTS);
    }

    /** The contacts of the default plan: roles and bodies, no names (fill in the body's own). */
    static final String DEFAULT_CONTACTS = String.join(
            "\n",
            "組合内: 発見者 → 所属の情報セキュリティ管理者 → 統括情報セキュリティ責任者・CSIRT → CISO",
            "CSIRT窓口: 事務局 情報システム担当（内線番号を記入）",
            "個人情報保護委員会: 漏えい等報告の窓口（速報・確報）",
            "架空市: 共済組合を所管する課（重大な事案）",
            "警察: 所轄の警察署（不正アクセス、盗難）",
            "委託先: 保守契約のある事業者の障害窓口");
}
