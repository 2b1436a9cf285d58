package jp.mamori.supplier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers in Excel: every contract, cloud service or SNS account the user may read, with its
 * findings in words. The export is audited before the first row is written.
 */
@Service
public class SupplierExports {
    private final Contractors contractors;
    private final CloudServices cloudServices;
    private final SnsAccounts snsAccounts;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierExports(
            Contractors contractors,
            CloudServices cloudServices,
            SnsAccounts snsAccounts,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contractors = contractors;
        this.directory = directory;
        this.cloudServices = cloudServices;
        this.snsAccounts = snsAccounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One row per contract, by contractor (those whose name or a contract's title or work has the
     * words, when given), and on a second sheet one row per contractor: the workbook the contract and
     * contractor imports read back.
     */
    @Transactional
    public void contracts(@Nullable String text, OutputStream out, Function<SupplierFinding, String> words)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> companies = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> clauseTitles = new LinkedHashMap<>();
        contractors.clauses().forEach(c -> clauseTitles.put(c.code(), c.title()));
        int page = 0;
        Page<SupplierViews.ContractorLine> lines;
        while (!(lines = contractors.page(new RegisterFilter(text, false), page++, Page.MAX_SIZE))
                .items()
                .isEmpty()) {
            for (SupplierViews.ContractorLine line : lines.items()) {
                SupplierViews.ContractorDetails d = contractors.details(line.id());
                companies.add(company(d.contractor()));
                addContracts(d, clauseTitles, rows, words, today);
            }
        }
        exported("contracts", rows.size());
        RegisterWorkbook.write(
                List.of(
                        new RegisterWorkbook.SheetData("委託先台帳", RegisterWorkbook.CONTRACT_HEADERS, rows),
                        new RegisterWorkbook.SheetData("委託先", RegisterWorkbook.CONTRACTOR_HEADERS, companies)),
                out);
    }

    private static List<String> company(Contractor c) {
        return List.of(
                c.name(),
                c.address(),
                c.contactName(),
                c.contactPhone(),
                c.contactEmail(),
                c.note(),
                certifications(c));
    }

    private static String certifications(Contractor c) {
        return c.certifications().stream()
                .map(x -> x.displayName() + " " + x.number() + "(" + RegisterWorkbook.date(x.expiresOn()) + "まで)")
                .collect(Collectors.joining("、"));
    }

    private void addContracts(
            SupplierViews.ContractorDetails d,
            Map<String, String> clauseTitles,
            List<List<String>> rows,
            Function<SupplierFinding, String> words,
            LocalDate today) {
        Contractor c = d.contractor();
        for (SupplierViews.ContractLine l : d.contracts()) {
            Contract k = l.contract();
            rows.add(List.of(
                    c.name(),
                    k.number(),
                    k.title(),
                    k.work(),
                    directory
                            .unit(k.unitId())
                            .map(u -> u.code().isBlank() ? u.name() : u.code())
                            .orElse(""),
                    k.responsiblePersonId() == null
                            ? ""
                            : directory
                                    .person(k.responsiblePersonId())
                                    .map(PersonSummary::staffNumber)
                                    .orElse(""),
                    RegisterWorkbook.date(k.startsOn()),
                    RegisterWorkbook.date(k.endsOn()),
                    RegisterWorkbook.place(k.place()),
                    k.information(),
                    String.join("、", k.assets()),
                    clauseTitles.entrySet().stream()
                            .filter(e -> k.clauses().getOrDefault(e.getKey(), false))
                            .map(Map.Entry::getValue)
                            .collect(Collectors.joining("\n")),
                    k.subcontractors().stream()
                            .map(RegisterWorkbook::subcontractor)
                            .collect(Collectors.joining("\n")),
                    certifications(c),
                    c.contactName() + " " + c.contactPhone() + " " + c.contactEmail(),
                    RegisterWorkbook.date(k.endDay(today)),
                    k.certificateKind() == null
                            ? ""
                            : certificate(k.certificateKind()) + " " + RegisterWorkbook.date(k.certificateOn()),
                    RegisterWorkbook.findings(l.findings(), words)));
        }
    }

    private static String certificate(CertificateKind kind) {
        return switch (kind) {
            case RETURN -> "返却";
            case DESTRUCTION -> "消去・廃棄";
            case BOTH -> "返却と消去";
        };
    }

    /** One row per cloud service. */
    @Transactional
    public void cloudServices(OutputStream out, Function<SupplierFinding, String> words) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int page = 0;
        Page<CloudServices.Line> lines;
        while (!(lines = cloudServices.page(new RegisterFilter(null, false), page++, Page.MAX_SIZE))
                .items()
                .isEmpty()) {
            for (CloudServices.Line l : lines.items()) {
                CloudService s = l.service();
                rows.add(List.of(
                        s.name(),
                        s.provider(),
                        s.ismapNumber(),
                        RegisterWorkbook.date(s.ismapExpiresOn()),
                        s.dataLocation(),
                        (RegisterWorkbook.date(s.termsReviewedOn()) + " " + s.termsReviewedBy()).strip(),
                        "機密性" + s.maxConfidentiality() + "まで",
                        s.approved() ? "承認済(" + s.approvedBy() + ")" : "未承認",
                        String.join("、", s.assets()),
                        s.exitPlan(),
                        RegisterWorkbook.findings(l.findings(), words)));
            }
        }
        exported("cloud-services", rows.size());
        RegisterWorkbook.write("外部サービス台帳", RegisterWorkbook.CLOUD_HEADERS, rows, out);
    }

    /** One row per SNS account. */
    @Transactional
    public void snsAccounts(OutputStream out, Function<SupplierFinding, String> words) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int page = 0;
        Page<SnsAccounts.Line> lines;
        while (!(lines = snsAccounts.page(new RegisterFilter(null, false), page++, Page.MAX_SIZE))
                .items()
                .isEmpty()) {
            for (SnsAccounts.Line l : lines.items()) {
                SnsAccount a = l.account();
                rows.add(List.of(
                        a.platform(),
                        a.account(),
                        a.purpose(),
                        a.procedureDocument(),
                        a.postingRules(),
                        l.responsibleName(),
                        a.credentialHolder(),
                        a.secondFactor() ? "有効" : "無効",
                        a.announcedAt(),
                        RegisterWorkbook.date(a.lastReviewedOn()),
                        RegisterWorkbook.findings(l.findings(), words)));
            }
        }
        exported("sns-accounts", rows.size());
        RegisterWorkbook.write("公式SNSアカウント台帳", RegisterWorkbook.SNS_HEADERS, rows, out);
    }

    private void exported(String register, int rows) {
        events.publishEvent(new SupplierEvent.RegisterExported(
                register, Access.currentLogin(), Map.of("rows", Integer.toString(rows), "format", "xlsx")));
    }
}
