package jp.mamori.supplier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.OutsideMail;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic checks of contracts (委託先の定期確認, measure 8.1.4): a campaign sends one questionnaire to
 * the contact of each running contract's contractor; the answers are entered on the page or imported
 * from the questionnaire workbook (all or nothing); the officer of the contract's unit assesses them.
 */
@Service
public class SupplierChecks {
    /** The questions a campaign asks unless the CISO writes others (in the body's own words). */
    public static final List<String> DEFAULT_QUESTIONS = List.of(
            "預けた情報を契約で決めた目的のほかに使っていませんか。",
            "作業する人の名簿を最新にし、守るべき事項を教えていますか。",
            "作業場所から情報を持ち出さず、持ち出すときは許可を得ていますか。",
            "再委託は、すべて事前に承認を受けたものですか。",
            "情報を扱う端末やサーバに最新の修正を当て、ウイルス対策をしていますか。",
            "前回の確認から、事故やそのおそれはありませんでしたか(あれば報告済みですか)。",
            "契約が終わった情報を返却または消去し、その記録を残していますか。");

    static final int MAX_QUESTIONS = 50;

    private final CheckRepository repository;
    private final ContractorRepository contracts;
    private final SupplierAccess supplierAccess;
    private final Access access;
    private final CheckMails mails;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierChecks(
            CheckRepository repository,
            ContractorRepository contracts,
            SupplierAccess supplierAccess,
            Access access,
            CheckMails mails,
            Notifications notifications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.contracts = contracts;
        this.supplierAccess = supplierAccess;
        this.access = access;
        this.mails = mails;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** A campaign in the list. */
    public record Campaign(long id, String title, LocalDate dueOn, long checks, long answered, long assessed) {}

    /** A check with its contract, for its page; overdue when unanswered past its due date. */
    public record CheckDetails(
            ContractCheck check, Contract contract, Contractor contractor, boolean mayChange, boolean overdue) {}

    /** A check in a campaign's list; overdue when unanswered past its due date. */
    public record CheckLine(ContractCheck check, Contract contract, boolean overdue) {}

    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        requireList();
        return repository.campaigns().stream()
                .map(c -> new Campaign(c.id(), c.title(), c.dueOn(), c.checks(), c.answered(), c.assessed()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CheckLine> ofCampaign(long campaignId) {
        requireList();
        Map<Long, Contract> byId = contracts.contracts().stream().collect(Collectors.toMap(Contract::id, k -> k));
        LocalDate today = LocalDate.now(clock);
        return repository.ofCampaign(campaignId).stream()
                .filter(c -> byId.containsKey(c.contractId()))
                .map(c -> new CheckLine(c, byId.get(c.contractId()), c.overdueOn(today)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ContractCheck> ofContract(long contractId) {
        requireList();
        return repository.ofContract(contractId);
    }

    @Transactional(readOnly = true)
    public CheckDetails details(long checkId) {
        requireList();
        ContractCheck c = repository.check(checkId).orElseThrow(() -> new NotFoundException("contract-check", checkId));
        Contract k = contracts.contract(c.contractId()).orElseThrow();
        Contractor contractor = contracts.contractor(k.contractorId()).orElseThrow();
        return new CheckDetails(c, k, contractor, access.canManageUnit(k.unitId()), c.overdueOn(LocalDate.now(clock)));
    }

    /**
     * Starts a campaign: one questionnaire for each contract running today, with these questions (the
     * default set when none are given), and a mail to each contractor's contact (when it has an address
     * and mail is configured) saying the questionnaire is coming. Body-wide managers only.
     */
    @Transactional
    public long start(String title, @Nullable LocalDate dueOn, List<String> questions) {
        if (!supplierAccess.mayApprove()) {
            throw new NotAllowedException("sup.error.mayNotApprove");
        }
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "sup.error.required"));
        } else if (title.length() > 200) {
            problems.add(Problem.of("title", "sup.error.tooLong", 200));
        }
        if (dueOn == null) {
            problems.add(Problem.of("dueOn", "sup.error.date"));
        } else if (dueOn.isBefore(today)) {
            problems.add(Problem.of("dueOn", "sup.error.check.duePast"));
        }
        List<String> asked = questions.isEmpty() ? DEFAULT_QUESTIONS : questions;
        if (asked.size() > MAX_QUESTIONS) {
            problems.add(Problem.of("questions", "sup.error.check.tooMany", MAX_QUESTIONS));
        }
        if (asked.stream().anyMatch(q -> q.length() > 1000)) {
            problems.add(Problem.of("questions", "sup.error.tooLong", 1000));
        }
        List<Contract> running =
                contracts.contracts().stream().filter(k -> !k.endedOn(today)).toList();
        if (running.isEmpty()) {
            problems.add(Problem.of("title", "sup.error.check.noContracts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertCampaign(title, dueOn, actor, OffsetDateTime.now(clock));
        int mailed = 0;
        for (Contract k : running) {
            long checkId = repository.insertCheck(id, k.id(), asked);
            ContractCheck check = repository.check(checkId).orElseThrow();
            Optional<OutsideMail> mail = contracts
                    .contractor(k.contractorId())
                    .filter(c -> !c.contactEmail().isBlank())
                    .flatMap(c -> mails.questionnaire(c, k, check, CheckWorkbook.write(check, k, today)));
            if (mail.isPresent() && notifications.mail(mail.get())) {
                mailed++;
            }
            // the contact was told today: the first reminder comes a week later at the soonest
            repository.reminded(checkId, today);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", title);
        details.put("dueOn", dueOn.toString());
        details.put(
                "contracts", running.stream().map(k -> Long.toString(k.id())).collect(Collectors.joining(",")));
        details.put("questions", Integer.toString(asked.size()));
        details.put("mailed", Integer.toString(mailed));
        events.publishEvent(new SupplierEvent.CheckCampaignStarted(Long.toString(id), actor, details));
        return id;
    }

    /** One answer given on the page. */
    public record Answer(long questionId, @Nullable CheckAnswer answer, String comment) {}

    /** Records the answers given on the page (every question answered; a comment unless はい). */
    @Transactional
    public void answer(long checkId, List<Answer> answers) {
        ContractCheck c = requireChange(checkId);
        List<Problem> problems = new ArrayList<>();
        Map<Long, ContractCheck.Question> byId =
                c.questions().stream().collect(Collectors.toMap(ContractCheck.Question::id, q -> q));
        for (Answer a : answers) {
            ContractCheck.Question q = byId.get(a.questionId());
            if (q == null) {
                throw new NotFoundException("contract-check-question", a.questionId());
            }
            String field = "answer-" + q.id();
            if (a.answer() == null) {
                problems.add(Problem.of(field, "sup.error.check.noAnswer", q.position()));
            } else if (a.answer() != CheckAnswer.YES && a.comment().isEmpty()) {
                problems.add(Problem.of(field, "sup.error.check.comment", q.position()));
            } else if (a.comment().length() > CheckWorkbook.COMMENT_MAX) {
                problems.add(Problem.of(field, "sup.error.tooLong", CheckWorkbook.COMMENT_MAX));
            }
        }
        if (answers.size() != c.questions().size()) {
            problems.add(Problem.of("answers", "sup.error.check.incomplete"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        save(c, answers, "page");
    }

    /** The questionnaire workbook's file name, as downloaded and as attached to the contact's mail. */
    public static String workbookName(long checkId) {
        return CheckWorkbook.fileName(checkId);
    }

    /** The questionnaire workbook for the contractor's contact. */
    @Transactional(readOnly = true)
    public byte[] workbook(long checkId) {
        CheckDetails d = details(checkId);
        return CheckWorkbook.write(d.check(), d.contract(), LocalDate.now(clock));
    }

    /** Imports the answered workbook: all or nothing, each problem naming its row. */
    @Transactional
    public int importAnswers(long checkId, byte[] xlsx) {
        ContractCheck c = requireChange(checkId);
        Set<Long> ids = c.questions().stream().map(ContractCheck.Question::id).collect(Collectors.toSet());
        List<CheckWorkbook.Answer> rows = CheckWorkbook.read(xlsx, ids);
        save(
                c,
                rows.stream()
                        .map(r -> new Answer(r.questionId(), r.answer(), r.comment()))
                        .toList(),
                "excel");
        return rows.size();
    }

    /** The officer's assessment of the answers (after they were given). */
    @Transactional
    public void assess(long checkId, @Nullable Assessment assessment, String note) {
        ContractCheck c = requireChange(checkId);
        List<Problem> problems = new ArrayList<>();
        if (c.answeredAt() == null) {
            problems.add(Problem.of("assessment", "sup.error.check.notAnswered"));
        }
        if (assessment == null) {
            problems.add(Problem.of("assessment", "sup.error.required"));
        } else if (assessment != Assessment.ADEQUATE && note.isEmpty()) {
            problems.add(Problem.of("assessmentNote", "sup.error.check.assessmentNote"));
        }
        if (note.length() > 2000) {
            problems.add(Problem.of("assessmentNote", "sup.error.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        repository.assess(checkId, assessment, note, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SupplierEvent.CheckAssessed(
                Long.toString(c.campaignId()),
                actor,
                Map.of(
                        "check",
                        Long.toString(checkId),
                        "contract",
                        Long.toString(c.contractId()),
                        "assessment",
                        assessment.name(),
                        "note",
                        note)));
    }

    private void save(ContractCheck c, List<Answer> answers, String source) {
        String actor = Access.currentLogin();
        for (Answer a : answers) {
            repository.answer(a.questionId(), a.answer(), a.comment());
        }
        repository.answered(c.id(), actor, OffsetDateTime.now(clock));
        Map<String, Long> counts = answers.stream()
                .collect(Collectors.groupingBy(
                        a -> a.answer() == null ? "" : a.answer().name(), Collectors.counting()));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("check", Long.toString(c.id()));
        details.put("contract", Long.toString(c.contractId()));
        details.put("source", source);
        counts.forEach((k, v) -> details.put(k, Long.toString(v)));
        events.publishEvent(new SupplierEvent.CheckAnswered(Long.toString(c.campaignId()), actor, details));
    }

    private ContractCheck requireChange(long checkId) {
        ContractCheck c = repository.check(checkId).orElseThrow(() -> new NotFoundException("contract-check", checkId));
        Contract k = contracts.contract(c.contractId()).orElseThrow();
        if (!access.canManageUnit(k.unitId())) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
        return c;
    }

    private void requireList() {
        if (!supplierAccess.mayList()) {
            throw new NotAllowedException("sup.error.mayNotRead");
        }
    }
}
