package jp.mamori.supplier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Excel import of the registers: contractors (the companies), their contracts, cloud services and SNS
 * accounts. Each row registers a new record or changes the one with the same key (委託先名; 委託先と契約名;
 * サービス名; サービスとアカウント) through the register's own service, so every row is checked and audited
 * as if entered on the page (an import never approves a cloud service; a 再委託先 marked 承認済 is
 * approved only when the importer may approve 再委託). A contract row names a contractor already in
 * the register (import the export's 委託先 sheet first), marks the clause checklist (the clauses
 * listed are present, the other active ones absent) and adds the 再委託先 it lists that the contract
 * lacks; it never removes one. The export of the contracts is read back as it is written. All or
 * nothing: the rows are written in one transaction, and when any row has a problem nothing is kept
 * and every problem is reported with its row and column. A dry run checks every row the same way and
 * keeps nothing.
 */
@Service
public class RegisterImport {
    /** The registers that can be imported, with their columns. */
    public enum Register {
        CONTRACTORS(
                "contractors",
                List.of(
                        new RegisterSheet.Column("委託先", "name", true),
                        new RegisterSheet.Column("所在地", "address", false),
                        new RegisterSheet.Column("連絡先の担当者", "contactName", true),
                        new RegisterSheet.Column("電話番号", "contactPhone", false),
                        new RegisterSheet.Column("メールアドレス", "contactEmail", false),
                        new RegisterSheet.Column("備考", "note", false))),
        CONTRACTS(
                "contracts",
                List.of(
                        new RegisterSheet.Column("委託先", "contractor", true),
                        new RegisterSheet.Column("契約名", "title", true),
                        new RegisterSheet.Column("委託する業務", "work", false),
                        new RegisterSheet.Column("所管課", "unitId", true),
                        new RegisterSheet.Column("担当者の職員番号", "responsible", false),
                        new RegisterSheet.Column("契約開始日", "startsOn", true),
                        new RegisterSheet.Column("契約終了日", "endsOn", true),
                        new RegisterSheet.Column("作業場所", "place", true),
                        new RegisterSheet.Column("扱う情報の分類", "information", false),
                        new RegisterSheet.Column("情報資産", "assets", false),
                        new RegisterSheet.Column("契約にある条項", "clauses", false),
                        new RegisterSheet.Column("再委託先", "subcontractors", false))),
        CLOUD_SERVICES(
                "cloud-services",
                List.of(
                        new RegisterSheet.Column("サービス名", "name", true),
                        new RegisterSheet.Column("事業者", "provider", true),
                        new RegisterSheet.Column("ISMAP登録番号", "ismapNumber", false),
                        new RegisterSheet.Column("ISMAP有効期限", "ismapExpiresOn", false),
                        new RegisterSheet.Column("データの所在", "dataLocation", false),
                        new RegisterSheet.Column("利用規約の確認日", "termsReviewedOn", false),
                        new RegisterSheet.Column("利用規約の確認者", "termsReviewedBy", false),
                        new RegisterSheet.Column("扱える格付の上限", "maxConfidentiality", true),
                        new RegisterSheet.Column("利用終了の計画", "exitPlan", false),
                        new RegisterSheet.Column("所管課", "unitId", true),
                        new RegisterSheet.Column("保存する情報資産", "assets", false))),
        SNS_ACCOUNTS(
                "sns-accounts",
                List.of(
                        new RegisterSheet.Column("サービス", "platform", true),
                        new RegisterSheet.Column("アカウント", "account", true),
                        new RegisterSheet.Column("目的", "purpose", false),
                        new RegisterSheet.Column("運用手順", "procedureDocument", true),
                        new RegisterSheet.Column("投稿できる内容", "postingRules", false),
                        new RegisterSheet.Column("所管課", "unitId", true),
                        new RegisterSheet.Column("責任者の職員番号", "responsible", true),
                        new RegisterSheet.Column("代理の職員番号", "deputies", false),
                        new RegisterSheet.Column("認証情報の管理者", "credentialHolder", false),
                        new RegisterSheet.Column("二要素認証", "secondFactor", false),
                        new RegisterSheet.Column("公式である旨の告知", "announcedAt", false)));

        private final String key;
        private final List<RegisterSheet.Column> columns;

        Register(String key, List<RegisterSheet.Column> columns) {
            this.key = key;
            this.columns = columns;
        }

        /** The register's name in the audit trail, as for the export: {@code cloud-services} … */
        public String key() {
            return key;
        }

        /**
         * The register's list page: {@code /contractors} (for the contractors and for their contracts),
         * {@code /cloud-services}, {@code /sns-accounts}.
         */
        public String path() {
            return this == CONTRACTS ? "/contractors" : "/" + key;
        }

        /** The import page: the list page's {@code /import}, the contracts' {@code /contractors/contracts/import}. */
        public String importPath() {
            return this == CONTRACTS ? "/contractors/contracts/import" : path() + "/import";
        }

        /** The headers the import reads, in order. */
        public List<String> headers() {
            return columns.stream().map(RegisterSheet.Column::header).toList();
        }

        /** The headers the sheet must have. */
        public List<String> requiredHeaders() {
            return columns.stream()
                    .filter(RegisterSheet.Column::required)
                    .map(RegisterSheet.Column::header)
                    .toList();
        }

        RegisterSheet.Column column(String field) {
            return columns.stream()
                    .filter(c -> c.field().equals(field))
                    .findFirst()
                    .orElse(columns.get(0));
        }
    }

    /** The largest upload read. */
    public static final int MAX_BYTES = RegisterSheet.MAX_BYTES;

    /** The most rows one import takes. */
    public static final int MAX_ROWS = RegisterSheet.MAX_ROWS;

    /** What an import did (or, in a dry run, would do). */
    public record Outcome(Register register, int rows, int created, int changed, boolean dryRun) {}

    private final Contractors contractors;
    private final CloudServices cloudServices;
    private final SnsAccounts snsAccounts;
    private final ContractorRepository contractorRepository;
    private final CloudServiceRepository cloudRepository;
    private final SnsAccountRepository snsRepository;
    private final SupplierAccess supplierAccess;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    RegisterImport(
            Contractors contractors,
            CloudServices cloudServices,
            SnsAccounts snsAccounts,
            ContractorRepository contractorRepository,
            CloudServiceRepository cloudRepository,
            SnsAccountRepository snsRepository,
            SupplierAccess supplierAccess,
            Directory directory,
            ApplicationEventPublisher events) {
        this.contractors = contractors;
        this.cloudServices = cloudServices;
        this.snsAccounts = snsAccounts;
        this.contractorRepository = contractorRepository;
        this.cloudRepository = cloudRepository;
        this.snsRepository = snsRepository;
        this.supplierAccess = supplierAccess;
        this.directory = directory;
        this.events = events;
    }

    /**
     * Imports the workbook into the register, or only checks it ({@code dryRun}). Throws {@link
     * InvalidInputException} with every problem (field {@code file}, or {@code row-N} naming the row
     * and column) and keeps nothing when there is one.
     */
    @Transactional
    public Outcome run(Register register, String fileName, byte[] xlsx, boolean dryRun) {
        if (!supplierAccess.mayRegister()) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
        List<RegisterSheet.Line> lines = RegisterSheet.read(xlsx, register.columns);
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int created = 0;
        int changed = 0;
        for (RegisterSheet.Line line : lines) {
            String key = key(register, line);
            Integer first = seen.putIfAbsent(key, line.number());
            if (first != null && !key.isEmpty()) {
                problems.add(RegisterSheet.row(line.number(), "sup.import.register.duplicate", first));
                continue;
            }
            List<Problem> rowProblems = new ArrayList<>();
            try {
                Optional<Boolean> wasCreated = apply(register, line, rowProblems);
                if (wasCreated.isPresent()) {
                    if (wasCreated.get()) {
                        created++;
                    } else {
                        changed++;
                    }
                }
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    rowProblems.add(RegisterSheet.cell(
                            line.number(),
                            register.column(p.field()),
                            p.messageKey(),
                            p.args().toArray()));
                }
            } catch (NotAllowedException e) {
                rowProblems.add(RegisterSheet.row(line.number(), "sup.import.register.notAllowed"));
            }
            problems.addAll(rowProblems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Outcome outcome = new Outcome(register, lines.size(), created, changed, dryRun);
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return outcome;
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("sha256", sha256(xlsx));
        details.put("rows", Integer.toString(lines.size()));
        details.put("created", Integer.toString(created));
        details.put("changed", Integer.toString(changed));
        events.publishEvent(new SupplierEvent.RegisterImported(register.key(), Access.currentLogin(), details));
        return outcome;
    }

    private static String key(Register register, RegisterSheet.Line line) {
        String key = switch (register) {
            case CONTRACTORS, CLOUD_SERVICES -> line.get("name");
            case CONTRACTS -> line.get("contractor") + "\n" + line.get("title");
            case SNS_ACCOUNTS -> line.get("platform") + "\n" + line.get("account");
        };
        return Normalizer.normalize(key, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Registers or changes the row's record: true when created, false when changed, empty when the
     * row could not be read (its problems added).
     */
    private Optional<Boolean> apply(Register register, RegisterSheet.Line line, List<Problem> problems) {
        return switch (register) {
            case CONTRACTORS -> {
                ContractorDraft d = new ContractorDraft(
                        line.get("name"),
                        line.get("address"),
                        line.get("contactName"),
                        line.get("contactPhone"),
                        line.get("contactEmail"),
                        line.get("note"));
                Optional<Long> existing = contractorRepository.contractorNamed(d.name());
                if (existing.isPresent()) {
                    contractors.change(existing.get(), d);
                    yield Optional.of(false);
                }
                contractors.register(d);
                yield Optional.of(true);
            }
            case CONTRACTS -> contractRow(line, problems);
            case CLOUD_SERVICES -> {
                CloudServiceDraft d = cloudDraft(line, problems);
                if (d == null) {
                    yield Optional.empty();
                }
                Optional<Long> existing = cloudRepository.named(d.name());
                if (existing.isPresent()) {
                    cloudServices.change(existing.get(), d);
                    yield Optional.of(false);
                }
                cloudServices.register(d);
                yield Optional.of(true);
            }
            case SNS_ACCOUNTS -> {
                SnsAccountDraft d = snsDraft(line, problems);
                if (d == null) {
                    yield Optional.empty();
                }
                Optional<Long> existing = snsRepository.named(d.platform(), d.account());
                if (existing.isPresent()) {
                    snsAccounts.change(existing.get(), d);
                    yield Optional.of(false);
                }
                snsAccounts.register(d);
                yield Optional.of(true);
            }
        };
    }

    /** A contract row: registered or changed, its clauses marked, its 再委託先 added (and approved). */
    private Optional<Boolean> contractRow(RegisterSheet.Line line, List<Problem> problems) {
        Register r = Register.CONTRACTS;
        int before = problems.size();
        Optional<Long> contractor = contractorRepository.contractorNamed(line.get("contractor"));
        if (contractor.isEmpty() && !line.get("contractor").isEmpty()) {
            problems.add(RegisterSheet.cell(
                    line.number(), r.column("contractor"), "sup.import.contract.contractor", line.get("contractor")));
        } else if (contractor.isEmpty()) {
            problems.add(RegisterSheet.cell(line.number(), r.column("contractor"), "sup.error.required"));
        }
        var startsOn = date(line, "startsOn", r, problems);
        var endsOn = date(line, "endsOn", r, problems);
        Place place = place(line.get("place"));
        if (place == null) {
            problems.add(RegisterSheet.cell(
                    line.number(), r.column("place"), "sup.import.contract.place", line.get("place")));
        }
        Long unit = unit(line, r, problems);
        Set<String> clauses = clauses(line, problems);
        List<SubcontractorLine> subs = subcontractors(line, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        long contractorId = contractor.orElseThrow();
        ContractDraft d = new ContractDraft(
                line.get("title"),
                line.get("work"),
                unit,
                line.get("responsible"),
                startsOn,
                endsOn,
                place,
                line.get("information"),
                RegisterSheet.list(line.get("assets")));
        List<Contract> same = contractorRepository.contractsOf(contractorId).stream()
                .filter(k -> k.title().equals(d.title()))
                .toList();
        if (same.size() > 1) {
            problems.add(
                    RegisterSheet.cell(line.number(), r.column("title"), "sup.import.contract.ambiguous", d.title()));
            return Optional.empty();
        }
        Contract k = same.isEmpty()
                ? contractors.registerContract(contractorId, d)
                : contractors.changeContract(contractorId, same.get(0).id(), d);
        contractors.markClauses(contractorId, k.id(), clauses);
        for (SubcontractorLine sub : subs) {
            Optional<Subcontractor> known = k.subcontractors().stream()
                    .filter(x -> x.name().equals(sub.name()))
                    .findFirst();
            long subId;
            try {
                subId = known.isPresent()
                        ? known.get().id()
                        : contractors
                                .addSubcontractor(contractorId, k.id(), sub.name(), sub.work())
                                .id();
            } catch (InvalidInputException e) {
                e.problems()
                        .forEach(p -> problems.add(RegisterSheet.cell(
                                line.number(),
                                r.column("subcontractors"),
                                p.messageKey(),
                                p.args().toArray())));
                return Optional.empty();
            }
            if (sub.approved() && known.map(x -> !x.approved()).orElse(true)) {
                if (!supplierAccess.mayApprove()) {
                    problems.add(RegisterSheet.cell(
                            line.number(),
                            r.column("subcontractors"),
                            "sup.import.contract.mayNotApprove",
                            sub.name()));
                    return Optional.empty();
                }
                contractors.approveSubcontractor(contractorId, k.id(), subId);
            }
        }
        return Optional.of(same.isEmpty());
    }

    /** 庁内・リモート・委託先の施設 (as the export writes them), or the names ON_SITE …; null otherwise. */
    private static @Nullable Place place(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        for (Place p : Place.values()) {
            if (RegisterWorkbook.place(p).equals(t) || p.name().equalsIgnoreCase(t)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The clauses the cell lists as present, by title or code, one a line (or separated by 、); an
     * unknown one is a problem of the cell.
     */
    private Set<String> clauses(RegisterSheet.Line line, List<Problem> problems) {
        Map<String, String> codes = new HashMap<>();
        for (Clause c : contractorRepository.clauses()) {
            codes.put(fold(c.title()), c.code());
            codes.put(fold(c.code()), c.code());
        }
        Set<String> present = new LinkedHashSet<>();
        for (String item : line.get("clauses").split("\\R")) {
            String whole = codes.get(fold(item));
            if (whole != null) {
                present.add(whole);
                continue;
            }
            for (String part : item.split("[、,,]")) {
                if (fold(part).isEmpty()) {
                    continue;
                }
                String code = codes.get(fold(part));
                if (code == null) {
                    problems.add(RegisterSheet.cell(
                            line.number(),
                            Register.CONTRACTS.column("clauses"),
                            "sup.import.contract.clause",
                            part.strip()));
                } else {
                    present.add(code);
                }
            }
        }
        return present;
    }

    /** One 再委託先 as a line of the cell: {@code 名前：業務(承認済)}, the work and the mark optional. */
    record SubcontractorLine(String name, String work, boolean approved) {}

    /** 名前, then ：業務 (full-width or ASCII colon), then (承認済) or (未承認) (full-width or ASCII brackets). */
    private static final Pattern SUBCONTRACTOR =
            Pattern.compile("(?<name>[^:：]+?)\\s*(?:[:：]\\s*(?<work>.*?))?\\s*(?:[(（](?<mark>承認済|未承認)[)）])?");

    private static List<SubcontractorLine> subcontractors(RegisterSheet.Line line, List<Problem> problems) {
        List<SubcontractorLine> subs = new ArrayList<>();
        for (String item : line.get("subcontractors").split("\\R")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = SUBCONTRACTOR.matcher(t);
            if (!m.matches() || m.group("name").isBlank()) {
                problems.add(RegisterSheet.cell(
                        line.number(),
                        Register.CONTRACTS.column("subcontractors"),
                        "sup.import.contract.subcontractor",
                        t));
                continue;
            }
            subs.add(new SubcontractorLine(
                    m.group("name").strip(),
                    m.group("work") == null ? "" : m.group("work").strip(),
                    "承認済".equals(m.group("mark"))));
        }
        return subs;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private @Nullable CloudServiceDraft cloudDraft(RegisterSheet.Line line, List<Problem> problems) {
        Register r = Register.CLOUD_SERVICES;
        int before = problems.size();
        var ismapExpires = date(line, "ismapExpiresOn", r, problems);
        var termsReviewed = date(line, "termsReviewedOn", r, problems);
        Integer level = null;
        String levelText = Normalizer.normalize(line.get("maxConfidentiality"), Normalizer.Form.NFKC)
                .replace("機密性", "")
                .replace("まで", "")
                .strip();
        if (levelText.matches("[123]")) {
            level = Integer.parseInt(levelText);
        } else {
            problems.add(RegisterSheet.cell(line.number(), r.column("maxConfidentiality"), "sup.error.cloud.level"));
        }
        Long unit = unit(line, r, problems);
        if (problems.size() > before) {
            return null;
        }
        return new CloudServiceDraft(
                line.get("name"),
                line.get("provider"),
                line.get("ismapNumber"),
                ismapExpires,
                line.get("dataLocation"),
                termsReviewed,
                line.get("termsReviewedBy"),
                level,
                line.get("exitPlan"),
                unit,
                RegisterSheet.list(line.get("assets")));
    }

    private @Nullable SnsAccountDraft snsDraft(RegisterSheet.Line line, List<Problem> problems) {
        Register r = Register.SNS_ACCOUNTS;
        int before = problems.size();
        Boolean secondFactor = RegisterSheet.yesNo(line.get("secondFactor"));
        if (secondFactor == null) {
            problems.add(RegisterSheet.cell(line.number(), r.column("secondFactor"), "sup.import.register.yesNo"));
        }
        Long unit = unit(line, r, problems);
        if (problems.size() > before || secondFactor == null) {
            return null;
        }
        return new SnsAccountDraft(
                line.get("platform"),
                line.get("account"),
                line.get("purpose"),
                line.get("procedureDocument"),
                line.get("postingRules"),
                unit,
                line.get("responsible"),
                RegisterSheet.list(line.get("deputies")),
                line.get("credentialHolder"),
                secondFactor,
                line.get("announcedAt"));
    }

    private static java.time.@Nullable LocalDate date(
            RegisterSheet.Line line, String field, Register r, List<Problem> problems) {
        String text = line.get(field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<java.time.LocalDate> day = RegisterSheet.date(text);
        if (day.isEmpty()) {
            problems.add(RegisterSheet.cell(line.number(), r.column(field), "sup.import.register.date", text));
            return null;
        }
        return day.get();
    }

    private @Nullable Long unit(RegisterSheet.Line line, Register r, List<Problem> problems) {
        String text = line.get("unitId");
        if (text.isEmpty()) {
            problems.add(RegisterSheet.cell(line.number(), r.column("unitId"), "sup.error.required"));
            return null;
        }
        Optional<UnitSummary> unit = directory.unitByCodeOrName(text);
        if (unit.isEmpty()) {
            problems.add(RegisterSheet.cell(line.number(), r.column("unitId"), "sup.import.register.unit", text));
            return null;
        }
        return unit.get().id();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
