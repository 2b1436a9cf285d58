package jp.mamori.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Wareki;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the committee of the fictional 架空市職員共済組合 in dev mode, once: the CISO (D0001) as chair
 * and one past meeting with its attendance, a decision and approved minutes.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "mamori.mode", havingValue = "dev")
@ConditionalOnWebApplication
class SampleCommittee implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SampleCommittee.class);

    private final CommitteeRepository repository;
    private final Committee committee;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SampleCommittee(
            CommitteeRepository repository,
            Committee committee,
            Directory directory,
            TransactionTemplate transaction,
            Clock clock) {
        this.repository = repository;
        this.committee = committee;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<PersonSummary> ciso = directory.personByStaffNumber("D0001");
        if (ciso.isEmpty() || repository.chairOn(LocalDate.now(clock)).isPresent() || repository.countMeetings() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> seed(ciso.get()));
        log.info("Sample committee created (chair, one meeting with a decision and approved minutes)");
    }

    private void seed(PersonSummary ciso) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        repository.appointChair(ciso.id(), ciso.name(), today.minusYears(1), "sample", now);
        LocalDate heldOn = today.minusMonths(2);
        long meeting = repository.insertMeeting(
                Wareki.fiscalYear(Wareki.fiscalYearOf(heldOn), java.util.Locale.JAPANESE) + "第1回情報セキュリティ委員会",
                heldOn,
                "本部 第1会議室",
                "1. 年度の情報セキュリティ監査計画\n2. 自己点検の結果の報告\n3. インシデントの発生状況",
                "sample",
                now);
        List<Member> members = committee.members(heldOn);
        repository.attendance(
                meeting,
                members.stream()
                        .map(m -> new Attendance(m.personId(), m.name(), m.seat(), true))
                        .toList());
        repository.held(meeting, now);
        int year = Wareki.fiscalYearOf(heldOn);
        repository.insertDecision(
                new Decision(
                        0,
                        year,
                        repository.nextSeq(year),
                        DecisionMethod.MEETING,
                        meeting,
                        "年度の情報セキュリティ監査計画の承認",
                        "事務局の原案のとおり承認する。",
                        null,
                        Outcome.CARRIED,
                        heldOn,
                        members.size(),
                        0,
                        0,
                        "sample",
                        "見本データ",
                        now),
                members.stream()
                        .map(m -> new MemberVote(m.personId(), m.name(), Vote.FOR))
                        .toList());
        String minutes = "監査計画を原案のとおり承認した。自己点検の結果とインシデントの発生状況の報告を受けた。";
        repository.minutes(meeting, minutes, "sample", now);
        repository.approveMinutes(meeting, "sample-D0001", ciso.name(), Committee.sha256(minutes), now);
    }
}
