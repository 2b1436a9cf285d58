package jp.mamori.audit.engagement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.shared.Wareki;
import jp.mamori.system.SystemRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit report in PDF (A4, the Japanese font embedded, dates in 和暦): 監査報告書（案） while the
 * draft is with the units, 監査報告書 once final. The body's layout: heading block (宛先 the CISO and
 * the committee, date, issuer), 1 監査の概要 (plan or order, objective, period, scope, team, criteria),
 * 2 監査の結果 (checklist counts), 3 指摘事項 (each with measure, severity, what was found, cause and
 * 改善提言), 4 被監査部署の回答.
 */
@Service
public class AuditReportPdf {
    private final Engagements engagements;
    private final AuditPlans plans;
    private final JapaneseFont fonts;
    private final Clock clock;

    AuditReportPdf(Engagements engagements, AuditPlans plans, JapaneseFont fonts, Clock clock) {
        this.engagements = engagements;
        this.plans = plans;
        this.fonts = fonts;
        this.clock = clock;
    }

    public boolean available() {
        return fonts.available();
    }

    /** The report of an engagement whose draft is issued or final; the unit's managers see their findings only. */
    @Transactional(readOnly = true)
    public byte[] render(long id) {
        Engagement e = engagements.engagement(id);
        if (e.state() != EngagementState.DRAFT_ISSUED && e.state() != EngagementState.FINAL) {
            throw jp.mamori.shared.InvalidInputException.of("state", "aud.error.noReportYet");
        }
        boolean draft = e.state() != EngagementState.FINAL;
        List<ScopeUnit> units = engagements.units(id);
        List<SystemRegister.SystemProfile> systems = engagements.systems(id);
        List<TeamMember> team = engagements.team(id);
        List<ChecklistItem> checklist = engagements.checklist(id);
        List<Finding> findings =
                engagements.findings(id).stream().filter(f -> !f.withdrawn()).toList();
        List<ContractorRef> contractors = engagements.contractors(id);
        Font title = fonts.font(16, Font.BOLD);
        Font heading = fonts.font(12, Font.BOLD);
        Font body = fonts.font(10, Font.NORMAL);
        Font bold = fonts.font(10, Font.BOLD);
        Font small = fonts.font(8, Font.NORMAL);
        LocalDate issued = draft
                ? (e.draftAt() == null
                        ? LocalDate.now(clock)
                        : e.draftAt().atZoneSameInstant(clock.getZone()).toLocalDate())
                : e.finalAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle((draft ? "監査報告書（案） " : "監査報告書 ") + e.title());
            document.addCreator("mamori");
            var footer = new HeaderFooter(new Phrase(e.number() + "  - ", small), new Phrase(" -", small));
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            right(document, e.number(), body);
            right(document, Wareki.japanese(issued), body);
            document.add(new Paragraph("最高情報セキュリティ責任者 殿", body));
            document.add(new Paragraph("情報セキュリティ委員会 御中", body));
            right(
                    document,
                    "監査チーム 主任監査人 "
                            + team.stream()
                                    .filter(TeamMember::lead)
                                    .map(TeamMember::name)
                                    .collect(Collectors.joining("、")),
                    body);
            var head = new Paragraph(draft ? "監査報告書（案）" : "監査報告書", title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingBefore(12);
            head.setSpacingAfter(4);
            document.add(head);
            var sub = new Paragraph(e.title(), heading);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);

            section(document, "1 監査の概要", heading);
            String basis;
            if (e.special()) {
                basis = "特命監査（指示：" + e.orderedBy() + "）";
            } else {
                AuditPlan plan = plans.planOf(e);
                basis = Wareki.fiscalYear(plan.yearFrom(), java.util.Locale.JAPANESE) + " " + plan.title()
                        + " に基づく個別監査";
            }
            PdfPTable facts = new PdfPTable(new float[] {1.2f, 4});
            facts.setWidthPercentage(100);
            fact(facts, "根拠", basis, bold, body);
            fact(facts, "監査の目的", e.objective(), bold, body);
            fact(facts, "監査期間", Wareki.japanese(e.startDate()) + " ～ " + Wareki.japanese(e.endDate()), bold, body);
            fact(facts, "被監査部署", units.stream().map(ScopeUnit::name).collect(Collectors.joining("、")), bold, body);
            fact(
                    facts,
                    "対象システム",
                    systems.isEmpty()
                            ? "なし"
                            : systems.stream()
                                    .map(SystemRegister.SystemProfile::name)
                                    .collect(Collectors.joining("、")),
                    bold,
                    body);
            String picked = contractors.stream().map(ContractorRef::name).collect(Collectors.joining("、"));
            String named = java.util.stream.Stream.of(picked, e.contractors().strip())
                    .filter(x -> !x.isEmpty())
                    .collect(Collectors.joining("、"));
            fact(facts, "委託先", named.isEmpty() ? "なし" : named, bold, body);
            fact(
                    facts,
                    "監査チーム",
                    team.stream().map(m -> m.name() + (m.lead() ? "（主任）" : "")).collect(Collectors.joining("、")),
                    bold,
                    body);
            fact(
                    facts,
                    "監査基準",
                    checklist.size() + " 項目（"
                            + checklist.stream()
                                    .map(ChecklistItem::measureId)
                                    .limit(12)
                                    .collect(Collectors.joining("、"))
                            + (checklist.size() > 12 ? " ほか" : "") + "）",
                    bold,
                    body);
            document.add(facts);

            section(document, "2 監査の結果", heading);
            long conforms = checklist.stream()
                    .filter(i -> i.result() == CheckResult.CONFORMS)
                    .count();
            long deviates = checklist.stream()
                    .filter(i -> i.result() == CheckResult.DEVIATES)
                    .count();
            long na = checklist.stream()
                    .filter(i -> i.result() == CheckResult.NOT_APPLICABLE)
                    .count();
            document.add(new Paragraph(
                    "チェックリスト " + checklist.size() + " 項目のうち、適合 " + conforms + " 項目、不適合 " + deviates + " 項目、対象外 " + na
                            + " 項目。指摘事項は " + findings.size() + " 件。",
                    body));

            section(document, "3 指摘事項", heading);
            if (findings.isEmpty()) {
                document.add(new Paragraph("指摘事項はありません。", body));
            }
            for (Finding f : findings) {
                var t = new Paragraph(
                        f.number() + "【" + f.severity() + "】 " + f.unitName() + " ／ 対策 " + f.measureId(), bold);
                t.setSpacingBefore(6);
                document.add(t);
                PdfPTable table = new PdfPTable(new float[] {1.2f, 4});
                table.setWidthPercentage(100);
                fact(table, "指摘内容", f.found(), bold, body);
                fact(table, "原因", f.cause(), bold, body);
                fact(table, "改善提言", f.recommendation(), bold, body);
                document.add(table);
            }

            section(document, "4 被監査部署の回答", heading);
            for (ScopeUnit u : units) {
                var p = new Paragraph(u.name() + "：" + (u.response() == null ? "（未回答）" : u.response()), body);
                p.setSpacingAfter(3);
                document.add(p);
            }
            if (!draft) {
                var end = new Paragraph("各指摘事項には改善措置を設け、監査チームが改善の完了を確認する。", body);
                end.setSpacingBefore(10);
                document.add(end);
            }
            var tail = new Paragraph("以上", body);
            tail.setAlignment(Element.ALIGN_RIGHT);
            tail.setSpacingBefore(10);
            document.add(tail);
            document.close();
        } catch (DocumentException ex) {
            throw new IllegalStateException("the audit report could not be written", ex);
        }
        return out.toByteArray();
    }

    private static void right(Document document, String text, Font font) throws DocumentException {
        var p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_RIGHT);
        document.add(p);
    }

    private static void section(Document document, String text, Font font) throws DocumentException {
        var p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static void fact(PdfPTable table, String label, String value, Font bold, Font body) {
        PdfPCell l = new PdfPCell(new Phrase(label, bold));
        l.setPadding(4);
        PdfPCell v = new PdfPCell(new Phrase(value, body));
        v.setPadding(4);
        table.addCell(l);
        table.addCell(v);
    }
}
