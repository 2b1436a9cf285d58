package jp.mamori.incident;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;

/**
 * An incident laid out as a report to the 個人情報保護委員会 (漏えい等報告), in the order of the
 * commission's report form for the body's regime: who reports and which report it is (速報 or 確報),
 * which of the cases of 施行規則 第7条 (個人情報取扱事業者) or 第43条 (行政機関等) — and of the My Number
 * reporting rule when 特定個人情報 is involved — the breach falls under, then the nine items of 施行規則
 * 第8条第1項 / 第44条第1項 with their statutory names (overview, the data items, the number of people,
 * cause, secondary damage, what was done for the people affected, publication, recurrence
 * prevention, other notes). Two parts for the body's own file follow: the deadlines with how they
 * were counted, and the course of the response. The PDF ({@link CommissionReportPdf}) and the
 * workbook ({@link CommissionReportWorkbook}) both print this one structure, so they always say the
 * same. Dates are in 和暦; the labels come from the message bundle ({@code incident.report.*}) in
 * Japanese, because the report is filed in Japanese.
 *
 * @param title the document's title
 * @param subtitle 受付番号 and the day it was made
 * @param blocks the parts of the report, in order
 */
record CommissionReport(String title, String subtitle, List<Block> blocks) {
    public CommissionReport {
        blocks = List.copyOf(blocks);
    }

    /** A headed part of the report. */
    public record Block(String heading, List<Line> lines) {
        public Block {
            lines = List.copyOf(lines);
        }
    }

    /** One label and its value; the value may run over several lines ({@code \n}). */
    public record Line(String label, String value) {}

    /** The text of a message key with its arguments, in Japanese. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... args);
    }

    /**
     * What the report is about, as the next layer loads it.
     *
     * @param reference the 受付番号 people quote
     * @param unitName the reporter's unit
     * @param bodyName the body's name as the report form asks for it (報告者の氏名又は名称); empty when not set
     * @param kind which report this is: the 速報 until one is recorded as submitted, then the 確報
     * @param registerAssets the assets picked from the register for the incident, as 「管理番号 資産名」
     *     (printed under 対象の情報資産 after the reported text, unless the text already names them)
     */
    record Subject(
            Incident incident,
            String reference,
            String unitName,
            Regime regime,
            List<PeopleNotice> notices,
            String bodyName,
            ReportSubmission.Kind kind,
            List<String> registerAssets) {
        Subject {
            notices = List.copyOf(notices);
            registerAssets = List.copyOf(registerAssets);
        }

        Subject(
                Incident incident,
                String reference,
                String unitName,
                Regime regime,
                List<PeopleNotice> notices,
                String bodyName,
                ReportSubmission.Kind kind) {
            this(incident, reference, unitName, regime, notices, bodyName, kind, List.of());
        }

        Subject(Incident incident, String reference, String unitName, Regime regime, List<PeopleNotice> notices) {
            this(incident, reference, unitName, regime, notices, "", ReportSubmission.Kind.PRELIMINARY);
        }

        Subject(Incident incident, String reference, String unitName, Regime regime) {
            this(incident, reference, unitName, regime, List.of());
        }

        /** A subject of a 個人情報取扱事業者 (the layout before regimes were told apart). */
        Subject(Incident incident, String reference, String unitName) {
            this(incident, reference, unitName, Regime.BUSINESS);
        }
    }

    /**
     * The key of a label as the regime words it: 行政機関等 report 保有個人情報 under 第68条 (施行規則
     * 第44条), so some labels have a {@code .PUBLIC_BODY} variant; every other label is shared.
     */
    private static String key(Regime regime, String key) {
        return regime == Regime.PUBLIC_BODY ? key + ".PUBLIC_BODY" : key;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Lays the incident out as the report, as of {@code today} (Japan time). */
    static CommissionReport assemble(
            Subject subject, ReportFacts facts, ReportingDecision decision, LocalDate today, Texts texts) {
        Incident incident = subject.incident();
        String made = Wareki.japanese(today);
        Regime regime = subject.regime();
        return new CommissionReport(
                texts.get(key(regime, "incident.report.title")),
                texts.get("incident.report.subtitle", subject.reference(), made),
                List.of(
                        reporter(subject, facts, made, texts),
                        cases(incident, decision, regime, texts),
                        items(incident, facts, regime, subject.notices(), subject.registerAssets(), texts),
                        decision(incident, decision, texts),
                        course(incident, texts)));
    }

    /** The first line with this label in any block, for tests and page previews. */
    public @Nullable String value(String label) {
        return blocks.stream()
                .flatMap(block -> block.lines().stream())
                .filter(line -> line.label().equals(label))
                .map(Line::value)
                .findFirst()
                .orElse(null);
    }

    /**
     * Who reports and which report this is: the form opens with the reporter (the body, not the
     * clerk: the commission asks for the organisation's name), the unit and contact, and whether it
     * is the 速報 (施行規則 第8条第1項 / 第44条第1項) or the 確報 (第2項).
     */
    private static Block reporter(Subject subject, ReportFacts facts, String made, Texts t) {
        Regime regime = subject.regime();
        return new Block(
                t.get("incident.report.block.reporter"),
                List.of(
                        new Line(t.get("incident.report.reference"), subject.reference()),
                        new Line(
                                t.get("incident.report.kind"),
                                t.get(key(
                                        regime,
                                        "incident.report.kind." + subject.kind().name()))),
                        new Line(t.get("incident.report.madeOn"), made),
                        new Line(
                                t.get("incident.report.bodyName"),
                                subject.bodyName().isBlank()
                                        ? t.get("incident.report.bodyName.unset")
                                        : subject.bodyName()),
                        new Line(t.get("incident.report.unit"), subject.unitName()),
                        new Line(
                                t.get("incident.report.contact"),
                                orElse(facts.contact(), t.get("incident.report.unknown"))),
                        new Line(
                                t.get("incident.report.regime"),
                                t.get(regime.messageKey()) + "（" + regime.article() + "第1項）")));
    }

    /**
     * Which case of the rules the breach falls under, one line per case in the rule's order (施行規則
     * 第7条第1号〜第4号 or 第43条第1号〜第5号, then 特定個人情報漏えい等報告規則 第2条第1号〜第4号 when
     * 特定個人情報 is involved): applies, does not apply, or applies but is taken out by strong
     * encryption.
     */
    private static Block cases(Incident incident, ReportingDecision decision, Regime regime, Texts t) {
        PersonalData data = incident.personalData();
        var due = decision.reasons().stream().map(ReportingRule::key).collect(Collectors.toSet());
        var waived =
                decision.waivedByEncryption().stream().map(ReportingRule::key).collect(Collectors.toSet());
        var lines = new ArrayList<Line>();
        List<ReportingRule> rules =
                ReportingRules.forRegime(regime, Thresholds.defaults()).rules();
        // the rules list 番号法 first; the form asks for the cases of 個人情報保護法 first
        for (boolean myNumberRule : new boolean[] {false, true}) {
            for (ReportingRule rule : rules) {
                if (rule.key().startsWith("myNumber") != myNumberRule || (myNumberRule && !data.myNumber())) {
                    continue;
                }
                String value;
                if (due.contains(rule.key())) {
                    value = t.get("incident.report.case.applies");
                } else if (waived.contains(rule.key())) {
                    value = t.get("incident.report.case.waived");
                } else {
                    value = t.get("incident.report.case.notApplies");
                }
                lines.add(new Line(t.get("incident.report.case." + rule.key()), value));
            }
        }
        return new Block(t.get(key(regime, "incident.report.block.cases")), lines);
    }

    /**
     * The deadlines and how they were counted, for the body's own file: whether a report is due and
     * why (each reason with its provision), the day of discovery as day 1, the due dates, the notice
     * to the people, and where the response stands.
     */
    private static Block decision(Incident incident, ReportingDecision decision, Texts t) {
        var lines = new ArrayList<Line>();
        String due;
        if (decision.reportDue()) {
            due = t.get("incident.report.due.yes");
        } else if (!decision.waivedByEncryption().isEmpty()) {
            due = t.get("incident.report.due.waived");
        } else {
            due = t.get("incident.report.due.no");
        }
        lines.add(new Line(t.get("incident.report.due"), due));
        lines.add(new Line(
                t.get("incident.report.reasons"),
                decision.reasons().isEmpty() ? t.get("incident.report.none") : reasons(decision.reasons())));
        if (!decision.waivedByEncryption().isEmpty()) {
            lines.add(new Line(t.get("incident.report.waived"), reasons(decision.waivedByEncryption())));
        }
        lines.add(new Line(t.get("incident.report.discoveredOn"), Wareki.japanese(incident.discoveredOn())));
        ReportDeadlines deadlines = decision.deadlines();
        String none = t.get("incident.report.noDeadline");
        if (deadlines != null) {
            lines.add(new Line(
                    t.get("incident.report.countedFrom"),
                    t.get("incident.report.countedFrom.value", Wareki.japanese(deadlines.countedFrom()))));
        }
        lines.add(new Line(
                t.get("incident.report.preliminaryDue"),
                deadlines == null ? none : Wareki.japanese(deadlines.preliminaryReport())));
        lines.add(new Line(
                t.get("incident.report.finalDue"),
                deadlines == null ? none : Wareki.japanese(deadlines.finalReport())));
        lines.add(new Line(
                t.get("incident.report.notifyPeople"),
                decision.notifyPeople()
                        ? t.get("incident.report.notifyPeople.yes")
                        : t.get("incident.report.notifyPeople.no")));
        lines.add(new Line(
                t.get("incident.report.state"),
                t.get("incident.state." + incident.state().name())));
        lines.add(new Line(
                t.get("incident.report.severity"),
                incident.severity().map(s -> t.get(s.messageKey())).orElse(t.get("incident.report.severity.none"))));
        return new Block(t.get("incident.report.block.decision"), lines);
    }

    private static String reasons(List<ReportingRule> rules) {
        return rules.stream()
                .map(rule -> "・" + rule.reason() + "（" + rule.source() + "）")
                .collect(Collectors.joining("\n"));
    }

    /**
     * Item 6 (本人への対応): each recorded wave of 本人への通知 with its provision, then what the facts
     * say; 「調査中」 when neither exists.
     */
    static String responseToPeople(List<PeopleNotice> notices, String facts, String investigating, Texts t) {
        var parts = new ArrayList<String>();
        for (PeopleNotice n : notices) {
            var detail = new ArrayList<String>();
            if (n.method() != null) {
                detail.add(t.get(n.method().messageKey()));
            }
            if (n.people() > 0) {
                detail.add(n.people() + "人");
            }
            if (!n.items().isEmpty()) {
                detail.add(n.items().stream()
                        .sorted()
                        .map(i -> t.get(i.messageKey()))
                        .collect(Collectors.joining("・")));
            }
            if (n.measure() != null) {
                detail.add(t.get(n.measure().messageKey()) + "：" + n.measureText());
            }
            if (!n.whyNot().isEmpty()) {
                detail.add(n.whyNot());
            }
            parts.add("・" + Wareki.japanese(n.doneOn()) + " " + t.get(n.way().messageKey())
                    + (detail.isEmpty() ? "" : "（" + String.join("、", detail) + "）") + "［" + n.provision() + "］");
        }
        if (!facts.isBlank()) {
            parts.add(facts);
        }
        return parts.isEmpty() ? investigating : String.join("\n", parts);
    }

    /**
     * The assets concerned: the lines as reported, then each asset picked from the register that the
     * reported text does not already name by its 管理番号, marked as from the register.
     */
    static String assets(List<String> reported, List<String> register, Texts t) {
        List<String> lines = new ArrayList<>(reported);
        String text = String.join("\n", reported);
        for (String asset : register) {
            String number = asset.split(" ", 2)[0];
            if (!text.contains(number)) {
                lines.add(t.get("incident.report.registerAsset", asset));
            }
        }
        return lines.isEmpty() ? t.get("incident.report.none") : String.join("\n", lines);
    }

    private static Block items(
            Incident incident,
            ReportFacts facts,
            Regime regime,
            List<PeopleNotice> notices,
            List<String> registerAssets,
            Texts t) {
        IncidentDraft report = incident.report();
        PersonalData data = incident.personalData();
        String investigating = t.get("incident.report.investigating");
        var lines = new ArrayList<Line>();
        lines.add(new Line(t.get("incident.report.item.overview"), report.description()));
        lines.add(new Line(t.get("incident.report.incidentTitle"), report.title()));
        lines.add(new Line(
                t.get("incident.report.occurredOn"),
                facts.occurredOn() == null ? t.get("incident.report.unknown") : Wareki.japanese(facts.occurredOn())));
        lines.add(new Line(t.get("incident.report.discoveredAt"), dateTime(report.discoveredAt())));
        lines.add(new Line(
                t.get("incident.report.discoveredBy"),
                orElse(report.discoveredBy(), t.get("incident.report.unknown"))));
        lines.add(new Line(t.get("incident.report.assets"), assets(report.affectedAssets(), registerAssets, t)));
        lines.add(
                new Line(t.get("incident.report.threat"), t.get(report.threat().messageKey())));
        lines.add(new Line(
                t.get(key(regime, "incident.report.item.dataItems")), orElse(facts.dataItems(), investigating)));
        lines.add(new Line(t.get(key(regime, "incident.report.dataKinds")), kinds(data, regime, t)));
        lines.add(new Line(t.get(key(regime, "incident.report.item.people")), people(data, t)));
        lines.add(new Line(
                t.get("incident.report.item.cause"),
                incident.closure().map(Closure::cause).orElse(orElse(facts.causeSoFar(), investigating))));
        lines.add(new Line(
                t.get("incident.report.item.secondaryDamage"), orElse(facts.secondaryDamage(), investigating)));
        lines.add(new Line(
                t.get("incident.report.item.responseToPeople"),
                responseToPeople(notices, facts.responseToPeople(), investigating, t)));
        lines.add(new Line(t.get("incident.report.item.publication"), orElse(facts.publication(), investigating)));
        lines.add(new Line(
                t.get("incident.report.item.recurrencePrevention"),
                incident.closure()
                        .map(Closure::recurrencePrevention)
                        .orElse(orElse(facts.measuresSoFar(), t.get("incident.report.considering")))));
        lines.add(new Line(
                t.get("incident.report.item.other"), orElse(facts.otherNotes(), t.get("incident.report.none"))));
        return new Block(t.get("incident.report.block.items"), lines);
    }

    private static String kinds(PersonalData data, Regime regime, Texts t) {
        if (!data.anyPersonalInformation()) {
            return t.get(key(regime, "incident.report.dataKinds.none"));
        }
        var kinds = new ArrayList<String>();
        kinds.add(t.get("incident.report.dataKinds.personal"));
        if (data.sensitive()) {
            kinds.add(t.get("incident.report.dataKinds.sensitive"));
        }
        if (data.ordinanceSensitiveInvolved()) {
            kinds.add(t.get("incident.report.dataKinds.ordinanceSensitive"));
        }
        if (data.myNumber()) {
            kinds.add(t.get("incident.report.dataKinds.myNumber"));
        }
        String text = String.join("、", kinds);
        if (data.stronglyEncrypted()) {
            text += "\n" + t.get("incident.report.dataKinds.encrypted");
        }
        return text;
    }

    private static String people(PersonalData data, Texts t) {
        if (!data.anyPersonalInformation()) {
            return t.get("incident.report.none");
        }
        if (data.approximatePeople() == 0) {
            return t.get("incident.report.people.unknown");
        }
        // the message decides between 「3人」 and 「約1,234人」 (no 約 for a count under ten)
        return t.get("incident.report.people.count", data.approximatePeople());
    }

    /**
     * Timeline steps left out of the course of the response: internal notes and the escalation
     * messages are for the body, not for the commission.
     */
    static final java.util.Set<IncidentStep> INTERNAL_STEPS =
            java.util.EnumSet.of(IncidentStep.ADD_NOTE, IncidentStep.ESCALATE);

    private static Block course(Incident incident, Texts t) {
        List<Line> lines = incident.timeline().stream()
                .filter(entry -> !INTERNAL_STEPS.contains(entry.step()))
                .map(entry -> new Line(
                        dateTime(entry.at()),
                        t.get("incident.step." + entry.step().name())
                                + (entry.note().isBlank()
                                        ? ""
                                        : "：" + entry.note().strip())))
                .toList();
        return new Block(t.get("incident.report.block.course"), lines);
    }

    private static String dateTime(java.time.Instant at) {
        ZonedDateTime local = at.atZone(Incident.JAPAN);
        return Wareki.japanese(local.toLocalDate()) + " " + local.format(TIME);
    }

    private static String orElse(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }
}
