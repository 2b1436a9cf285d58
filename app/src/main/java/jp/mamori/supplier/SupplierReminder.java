package jp.mamori.supplier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.notification.Notice;
import jp.mamori.notification.OutsideMail;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The reminders of the supplier registers, on weekdays at 08:40 Japan time by default
 * ({@code mamori.supplier.reminder-cron}, {@code -} switches them off): a contractor's certification
 * that expires within {@code mamori.supplier.certification-notice-days} (60) while it has a running
 * contract, a contract that ended without its return/destruction certificate, and an official SNS
 * account whose yearly review falls due within 30 days; a periodic check still unanswered a week before
 * its due date (the contractor's contact, by mail) or after it (the contact and the contract's people),
 * at most once a week. They go to the official in charge of each
 * contract and the 情報セキュリティ管理者 of its unit (the CISO when nobody else is named), and to an
 * account's responsible person and deputies.
 */
@Component
class SupplierReminder implements Reminder<SupplierReminder.Due> {
    /** What is due. */
    sealed interface Due {
        String key();

        /** The contracts whose people are reminded. */
        List<Contract> contracts();

        /** The audit trail's subject. */
        String subjectId();
    }

    /** A certification expiring soon, with the running contracts of its contractor. */
    record CertificationExpiring(Contractor contractor, Certification certification, List<Contract> contracts)
            implements Due {
        @Override
        public String key() {
            return "certification:" + certification.id() + ":" + certification.expiresOn();
        }

        @Override
        public String subjectId() {
            return Long.toString(contractor.id());
        }
    }

    /** A contract that ended without a certificate. */
    record CertificateMissing(Contract contract) implements Due {
        @Override
        public String key() {
            return "certificate:" + contract.id();
        }

        @Override
        public List<Contract> contracts() {
            return List.of(contract);
        }

        @Override
        public String subjectId() {
            return Long.toString(contract.id());
        }
    }

    /**
     * A periodic check of a running contract still unanswered a week before its due date or later,
     * not reminded in the last week: the contractor's contact is mailed; once it is overdue, the
     * contract's people are reminded as well.
     */
    record CheckUnanswered(OpenCheck check, Contract contract, Contractor contractor, boolean overdue) implements Due {
        @Override
        public String key() {
            return "check:" + check.id();
        }

        @Override
        public List<Contract> contracts() {
            return List.of(contract);
        }

        @Override
        public String subjectId() {
            return Long.toString(check.campaignId());
        }
    }

    /** An SNS account whose yearly review is due within a month, or overdue. */
    record SnsReviewDue(SnsAccount account, LocalDate due) implements Due {
        @Override
        public String key() {
            return "sns-review:" + account.id() + ":" + due;
        }

        @Override
        public List<Contract> contracts() {
            return List.of();
        }

        @Override
        public String subjectId() {
            return Long.toString(account.id());
        }
    }

    private final Contractors contractors;
    private final CheckRepository checks;
    private final CheckMails mails;
    private final SnsAccounts snsAccounts;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String cron;
    private final int noticeDays;

    /** How long before an SNS account's yearly review falls due its people are reminded. */
    static final int SNS_NOTICE_DAYS = 30;

    /**
     * How long before a check's due date the contractor's contact is first reminded, and how long
     * after a reminder the next one comes.
     */
    static final int CHECK_REMINDER_DAYS = 7;

    SupplierReminder(
            Contractors contractors,
            CheckRepository checks,
            CheckMails mails,
            SnsAccounts snsAccounts,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.supplier.reminder-cron:0 40 8 * * MON-FRI}") String cron,
            @Value("${mamori.supplier.certification-notice-days:60}") int noticeDays) {
        this.contractors = contractors;
        this.checks = checks;
        this.mails = mails;
        this.snsAccounts = snsAccounts;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.cron = cron;
        this.noticeDays = noticeDays;
    }

    @Override
    public String name() {
        return "supplier.contract";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<Due> due(LocalDate day) {
        List<Due> due = new ArrayList<>();
        for (Map.Entry<Long, Certification> e : contractors.certificationsExpiring(day, noticeDays)) {
            List<Contract> running = contractors.runningContractsOf(e.getKey(), day);
            if (!running.isEmpty()) {
                contractors
                        .contractorForReminder(e.getKey())
                        .ifPresent(c -> due.add(new CertificationExpiring(c, e.getValue(), running)));
            }
        }
        contractors.endedWithoutCertificate(day).forEach(k -> due.add(new CertificateMissing(k)));
        for (OpenCheck c : checks.open()) {
            boolean near = !c.dueOn().minusDays(CHECK_REMINDER_DAYS).isAfter(day);
            boolean quiet = c.remindedOn() == null
                    || !c.remindedOn().plusDays(CHECK_REMINDER_DAYS).isAfter(day);
            if (near && quiet) {
                contractors
                        .contractForReminder(c.contractId())
                        .filter(k -> !k.endedOn(day))
                        .flatMap(k -> contractors
                                .contractorForReminder(k.contractorId())
                                .map(x -> new CheckUnanswered(c, k, x, c.overdueOn(day))))
                        .ifPresent(due::add);
            }
        }
        snsAccounts.reviewDue(day, SNS_NOTICE_DAYS).forEach(a -> due.add(new SnsReviewDue(a, a.reviewDue(day))));
        return due;
    }

    @Override
    public String key(Due subject) {
        return subject.key();
    }

    @Override
    public List<Long> recipients(Due subject) {
        if (subject instanceof CheckUnanswered c && !c.overdue()) {
            // before the due date only the contractor's contact is reminded
            return List.of();
        }
        List<Contract> contracts = subject.contracts();
        LocalDate today = LocalDate.now(clock);
        Set<Long> people = new LinkedHashSet<>();
        if (subject instanceof SnsReviewDue r) {
            java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(r.account().responsibleId()), r.account().deputies().stream())
                    .filter(p -> directory.inPostOn(p, today))
                    .forEach(people::add);
        }
        for (Contract k : contracts) {
            if (k.responsiblePersonId() != null && directory.inPostOn(k.responsiblePersonId(), today)) {
                people.add(k.responsiblePersonId());
            }
            directory.holdersFor(Role.SECURITY_MANAGER, k.unitId(), today).stream()
                    .map(PersonSummary::id)
                    .forEach(people::add);
        }
        if (people.isEmpty()) {
            directory.holders(Role.CISO, today).stream().map(PersonSummary::id).forEach(people::add);
        }
        return List.copyOf(people);
    }

    @Override
    public Notice notice(Due subject, long personId) {
        if (subject instanceof CertificationExpiring c) {
            return new Notice(
                    personId,
                    "supplier.certification.expiring",
                    "委託先 " + c.contractor().name() + " の " + c.certification().displayName() + " の有効期限が近づいています",
                    "認証:" + c.certification().displayName() + "(番号 "
                            + c.certification().number() + ")\n有効期限:"
                            + Wareki.japanese(c.certification().expiresOn())
                            + "\n更新後の認証の写しを受け取り、台帳の記載を改めてください。",
                    "/contractors/" + c.contractor().id());
        }
        if (subject instanceof CheckUnanswered c) {
            return new Notice(
                    personId,
                    "supplier.check.overdue",
                    "委託契約「" + c.contract().title() + "」の定期確認の回答が届いていません",
                    "定期確認:" + c.check().campaignTitle() + "\n委託先:"
                            + c.contractor().name() + "\n回答期限:"
                            + Wareki.japanese(c.check().dueOn())
                            + "\n委託先の連絡先に回答を求め、届いた質問票を取り込んでください。",
                    c.check().link());
        }
        if (subject instanceof SnsReviewDue r) {
            return new Notice(
                    personId,
                    "supplier.sns.review",
                    "公式SNSアカウント " + r.account().label() + " の年次見直しの時期です",
                    "見直しの期限:" + Wareki.japanese(r.due()) + "\n運用手順・投稿できる内容・認証情報の管理者・二要素認証・公式である旨の告知を確かめ、見直し日を記録してください。",
                    "/sns-accounts/" + r.account().id());
        }
        CertificateMissing m = (CertificateMissing) subject;
        return new Notice(
                personId,
                "supplier.certificate.missing",
                "委託契約「" + m.contract().title() + "」の返却・廃棄の証明がまだです",
                "委託先:" + m.contract().contractorName() + "\n契約終了日:"
                        + Wareki.japanese(m.contract().endDay(LocalDate.now(clock)))
                        + "\n預けた情報の返却または消去の証明書を受け取り、台帳に記録してください。",
                "/contractors/" + m.contract().contractorId() + "/contracts/"
                        + m.contract().id());
    }

    @Override
    public List<OutsideMail> outsideMails(Due subject) {
        if (subject instanceof CheckUnanswered c) {
            return mails.reminder(c.contractor(), c.contract(), c.check(), c.overdue()).stream()
                    .toList();
        }
        return List.of();
    }

    @Override
    public void reminded(Due subject, List<Long> people, Round round) {
        if (subject instanceof CheckUnanswered c) {
            checks.reminded(c.check().id(), round.day());
        }
        events.publishEvent(new SupplierEvent.Reminded(
                subject.subjectId(),
                round.actor(),
                Map.of(
                        "reminder",
                        subject.key(),
                        "trigger",
                        round.trigger(),
                        "people",
                        Integer.toString(people.size()))));
    }
}
