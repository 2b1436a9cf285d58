package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.PersonSummary;
import jp.mamori.policy.PolicyEvent.CampaignClosed;
import jp.mamori.policy.PolicyEvent.CampaignReminded;
import jp.mamori.policy.PolicyEvent.CampaignStarted;
import jp.mamori.policy.PolicyEvent.ConfirmationRecorded;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Campaigns, confirmations, progress and reminders on the real services (H2, shared context). */
@MamoriSpringTest
@RecordApplicationEvents
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
class AcknowledgementServiceTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    PolicyAccess policyAccess;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Reminders reminders;

    @Autowired
    AcknowledgementReminder acknowledgementReminder;

    AcknowledgementFixtures fx;

    // 本部 ─ 総務課 ─ 庶務係 ; 監査室 elsewhere
    long head;
    long general;
    long office;
    long audit;

    @BeforeEach
    void setUp() {
        fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        head = fx.unit("確認本部", null);
        general = fx.unit("確認総務課", head);
        office = fx.unit("確認庶務係", general);
        audit = fx.unit("確認監査室", null);
    }

    <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(user, () -> result.set(work.get()));
        return result.get();
    }

    AcknowledgementCampaign start(InForce doc, CampaignAudience audience, LocalDate due) {
        return as(
                AcknowledgementFixtures.CISO,
                () -> acknowledgements.start(doc.document().id(), audience, due, "年度初めの確認"));
    }

    List<Long> targets(AcknowledgementCampaign campaign, InForce doc) {
        return acknowledgements.targets(campaign, doc.document(), TestClock.today()).stream()
                .map(PersonSummary::id)
                .toList();
    }

    @Test
    void a_unit_campaign_targets_the_unit_and_its_sub_units_but_not_leavers_future_joiners_or_other_units() {
        long inGeneral = fx.person("総務 一郎", general);
        long inOffice = fx.person("庶務 花子", office);
        long inHead = fx.person("本部 次郎", head);
        long inAudit = fx.person("監査 三郎", audit);
        long leaver = fx.person(
                "離任 四郎",
                office,
                fx.category("職員"),
                AcknowledgementFixtures.APRIL_1,
                TestClock.today().minusDays(1),
                "");
        long joiner =
                fx.person("着任 五郎", general, fx.category("職員"), TestClock.today().plusDays(1), null, "");
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));

        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(general)), null);

        assertThat(targets(campaign, doc))
                .containsExactlyInAnyOrder(inGeneral, inOffice)
                .doesNotContain(inHead, inAudit, leaver, joiner);
        CampaignProgress progress = as(AcknowledgementFixtures.CISO, () -> acknowledgements.view(campaign.id()))
                .progress();
        assertThat(progress.total()).isEqualTo(new CampaignProgress.Figures(2, 0));
        assertThat(progress.units())
                .extracting(CampaignProgress.UnitRow::unitId)
                .containsExactly(general, office);
    }

    @Test
    void a_category_campaign_targets_the_people_of_that_employment_category_only() {
        long fiscal = fx.category("会計年度任用職員");
        long temp = fx.person("会計 年度", general, fiscal, AcknowledgementFixtures.APRIL_1, null, "");
        long regular = fx.person("正規 職員", general);
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));

        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Categories(List.of(fiscal)), null);

        assertThat(targets(campaign, doc)).contains(temp).doesNotContain(regular);
    }

    @Test
    void a_restricted_document_targets_only_the_people_who_may_read_it() {
        long inGeneral = fx.person("総務 読める", general);
        long inOffice = fx.person("庶務 読める", office);
        long inHead = fx.person("本部 読めない", head);
        InForce doc = fx.data.documentInForce(
                PolicyTier.PROCEDURE,
                PolicyTestData.unique("実施手順"),
                Visibility.restricted(Set.of(), Set.of(general)),
                "手順の本文");

        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(head)), null);

        assertThat(targets(campaign, doc))
                .containsExactlyInAnyOrder(inGeneral, inOffice)
                .doesNotContain(inHead);
    }

    @Test
    void a_document_restricted_to_a_role_targets_its_holders_and_readers_of_all_but_not_a_lapsed_holder() {
        var org = jp.mamori.organization.OrganizationTestData.of(jdbc);
        long plain = fx.person("役割 なし", audit);
        long officer = fx.person("役割 担当者", audit);
        org.grant(officer, Role.SECURITY_OFFICER, audit);
        long auditor = fx.person("役割 監査人", audit);
        org.grant(auditor, Role.AUDITOR, null);
        long manager = fx.person("役割 管理者", audit);
        org.grant(manager, Role.SECURITY_MANAGER, general);
        long expired = fx.person("役割 期限切れ", audit);
        org.grant(expired, Role.SECURITY_OFFICER, audit, AcknowledgementFixtures.APRIL_1, LocalDate.of(2026, 3, 31));
        InForce doc = fx.data.documentInForce(
                PolicyTier.PROCEDURE,
                PolicyTestData.unique("実施手順"),
                Visibility.restricted(Set.of(Role.SECURITY_OFFICER), Set.of()),
                "手順の本文");
        InForce open = fx.standard(PolicyTestData.unique("対策基準"));

        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(audit)), null);
        AcknowledgementCampaign openCampaign = start(open, new CampaignAudience.Units(List.of(audit)), null);

        // the manager of 総務課 does not manage the document's owner unit (a unit of its own)
        assertThat(targets(campaign, doc))
                .containsExactlyInAnyOrder(officer, auditor)
                .doesNotContain(plain, expired, manager);
        assertThat(targets(openCampaign, open)).contains(plain, officer, auditor, manager, expired);
    }

    @Test
    void the_readers_of_a_whole_audience_read_at_once_equal_the_readers_read_one_by_one() {
        var org = jp.mamori.organization.OrganizationTestData.of(jdbc);
        long plain = fx.person("一括 職員", office);
        long officer = fx.person("一括 担当者", general);
        org.grant(officer, Role.SECURITY_OFFICER, general);
        org.grant(officer, Role.AUDITOR, null, AcknowledgementFixtures.APRIL_1, LocalDate.of(2026, 3, 31));
        long ciso = fx.person("一括 統括", head);
        org.grant(ciso, Role.CISO, null);
        long leaver = fx.person("一括 離任", office);
        org.leave(leaver, LocalDate.of(2026, 10, 31));
        long moved = fx.person("一括 異動", general);
        // moved from 総務課 to 監査室 on 2026-10-01 (a move made that day, as the people page makes it):
        // the membership history answers for a day before it
        var back = java.time.LocalDateTime.now(TestClock.INSTANCE);
        TestClock.INSTANCE.moveTo(LocalDate.of(2026, 10, 1).atTime(back.toLocalTime()));
        try {
            org.move(moved, audit);
        } finally {
            TestClock.INSTANCE.moveTo(back);
        }
        var directory = jp.mamori.testing.TestContexts.of(jdbc).getBean(jp.mamori.organization.Directory.class);
        List<PersonSummary> people = List.of(plain, officer, ciso, leaver, moved).stream()
                .map(id -> directory.person(id).orElseThrow())
                .toList();

        for (LocalDate day : List.of(TestClock.today(), LocalDate.of(2026, 9, 15), LocalDate.of(2025, 6, 1))) {
            var together = policyAccess.readersFor(people, day);
            assertThat(together).hasSize(people.size());
            for (PersonSummary person : people) {
                assertThat(together.get(person.id()))
                        .as("%s on %s", person.name(), day)
                        .isEqualTo(policyAccess.readerFor(person.id(), day));
                // the one-statement read of the sign-in check gives the same grants
                assertThat(directory
                                .inPost(person.id(), day)
                                .map(jp.mamori.organization.PersonInPost::grants)
                                .orElse(List.of()))
                        .as("%s on %s", person.name(), day)
                        .isEqualTo(directory.grantsOn(person.id(), day));
            }
        }
        var today = policyAccess.readersFor(people, TestClock.today());
        assertThat(today.get(leaver).inPost()).isFalse();
        assertThat(today.get(ciso).readsAll()).isTrue();
        assertThat(today.get(officer).readsAll()).isFalse();
        assertThat(today.get(officer).managedUnits()).contains(general, office);
        assertThat(today.get(moved).ownUnits()).containsExactly(audit);
        assertThat(policyAccess
                        .readersFor(people, LocalDate.of(2026, 9, 15))
                        .get(moved)
                        .ownUnits())
                .containsExactlyInAnyOrder(general, head);
        assertThat(policyAccess
                        .readersFor(people, LocalDate.of(2025, 6, 1))
                        .get(officer)
                        .readsAll())
                .isTrue();
    }

    @Test
    void a_confirmation_records_the_person_the_time_and_the_content_hash_of_the_exact_revision() {
        long person = fx.person("確認 太郎", general);
        long other = fx.person("未確認 花子", office);
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));
        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(general)), null);
        CurrentUser staff = AcknowledgementFixtures.staff(person, general);
        String hash = doc.revision().contentHash();

        assertThat(as(staff, () -> acknowledgements.toConfirm()))
                .extracting(t -> t.revision().id())
                .containsExactly(doc.revision().id());

        var confirmation = as(
                staff,
                () -> acknowledgements.confirm(
                        doc.document().id(), doc.revision().id(), hash, "PAGE"));

        assertThat(confirmation.personId()).isEqualTo(person);
        assertThat(confirmation.revisionId()).isEqualTo(doc.revision().id());
        assertThat(confirmation.contentHash())
                .isEqualTo(hash)
                .isEqualTo(ContentHash.of(doc.revision()))
                .hasSize(64);
        assertThat(confirmation.confirmedAt()).isNotNull();
        assertThat(confirmation.login()).isEqualTo(staff.login());
        assertThat(events.stream(ConfirmationRecorded.class)
                        .filter(e -> e.personId() == person)
                        .map(e -> e.details().get("contentHash")))
                .containsExactly(hash);
        assertThat(as(staff, () -> acknowledgements.toConfirm())).isEmpty();

        // confirming again keeps the first confirmation and records nothing new
        var again = as(
                staff,
                () -> acknowledgements.confirm(
                        doc.document().id(), doc.revision().id(), hash, "API"));
        assertThat(again.id()).isEqualTo(confirmation.id());
        assertThat(again.channel()).isEqualTo("PAGE");
        assertThat(events.stream(ConfirmationRecorded.class).filter(e -> e.personId() == person))
                .hasSize(1);

        var view = as(AcknowledgementFixtures.CISO, () -> acknowledgements.view(campaign.id()));
        assertThat(view.progress().total()).isEqualTo(new CampaignProgress.Figures(2, 1));
        assertThat(view.progress().total().percent()).isEqualTo(50);
        assertThat(view.progress().units())
                .extracting(r -> r.unitId() + ":" + r.figures().confirmed() + "/"
                        + r.figures().targeted() + "=" + r.figures().percent())
                .containsExactly(general + ":1/1=100", office + ":0/1=0");
        assertThat(view.progress().pending())
                .extracting(CampaignProgress.Pending::personId)
                .containsExactly(other);
    }

    @Test
    void a_different_hash_or_a_revision_no_longer_in_force_is_not_confirmed() {
        long person = fx.person("確認 次郎", general);
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));
        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(general)), null);
        CurrentUser staff = AcknowledgementFixtures.staff(person, general);

        assertThatThrownBy(() -> TestUsers.runAs(
                        staff,
                        () -> acknowledgements.confirm(
                                doc.document().id(), doc.revision().id(), "0".repeat(64), "PAGE")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("policy.ack.error.hashMismatch"));

        Revision newer = fx.data.approvedRevision(doc.document().id(), TestClock.today(), "改正後の本文");
        assertThatThrownBy(() -> TestUsers.runAs(
                        staff,
                        () -> acknowledgements.confirm(
                                doc.document().id(),
                                doc.revision().id(),
                                doc.revision().contentHash(),
                                "PAGE")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("policy.ack.error.notInForce"));
        assertThat(as(AcknowledgementFixtures.CISO, () -> acknowledgements.view(campaign.id()))
                        .status())
                .isEqualTo(AcknowledgementCampaign.Status.SUPERSEDED);
        // the old campaign no longer asks; the new revision needs its own campaign
        assertThat(as(staff, () -> acknowledgements.toConfirm())).isEmpty();
        assertThat(newer.contentHash()).isNotEqualTo(doc.revision().contentHash());
    }

    @Test
    void only_body_wide_managers_start_and_remind_and_section_heads_see_only_their_units() {
        long inGeneral = fx.person("総務 三郎", general);
        long inAudit = fx.person("監査 四郎", audit);
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));
        CurrentUser staff = AcknowledgementFixtures.staff(inGeneral, general);
        CurrentUser sectionHead =
                AcknowledgementFixtures.staff(inGeneral, general, new RoleGrant(Role.SECURITY_MANAGER, general));

        assertThatThrownBy(() -> TestUsers.runAs(
                        sectionHead,
                        () -> acknowledgements.start(doc.document().id(), new CampaignAudience.AllStaff(), null, "")))
                .isInstanceOf(NotAllowedException.class);
        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(general, audit)), null);

        var partial = as(sectionHead, () -> acknowledgements.view(campaign.id()));
        assertThat(partial.partial()).isTrue();
        assertThat(partial.progress().units())
                .extracting(CampaignProgress.UnitRow::unitId)
                .containsExactly(general);
        assertThat(partial.progress().pending())
                .extracting(CampaignProgress.Pending::personId)
                .containsExactly(inGeneral)
                .doesNotContain(inAudit);
        assertThatThrownBy(() -> TestUsers.runAs(sectionHead, () -> acknowledgements.remind(campaign.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TestUsers.runAs(staff, () -> acknowledgements.view(campaign.id())))
                .isInstanceOf(NotAllowedException.class);
    }

    @OnEachHardDay(eraBoundary = false)
    void a_reminder_goes_to_those_not_confirmed_and_is_an_audit_event_and_the_schedule_runs_once_a_day() {
        long confirmed = fx.person("済み 一郎", general);
        long pending = fx.person("未了 二郎", general);
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));
        LocalDate due = TestClock.today().plusDays(10);
        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(general)), due);
        TestUsers.runAs(
                AcknowledgementFixtures.staff(confirmed, general),
                () -> acknowledgements.confirm(
                        doc.document().id(), doc.revision().id(), doc.revision().contentHash(), "PAGE"));

        int sent = as(AcknowledgementFixtures.CISO, () -> acknowledgements.remind(campaign.id()));

        assertThat(sent).isEqualTo(1);
        CampaignReminded reminded = events.stream(CampaignReminded.class)
                .filter(e -> e.campaignId() == campaign.id())
                .findFirst()
                .orElseThrow();
        assertThat(reminded.details()).containsEntry("trigger", "button").containsEntry("reminded", "1");
        var view = as(AcknowledgementFixtures.CISO, () -> acknowledgements.view(campaign.id()));
        assertThat(view.progress().pending()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo(pending);
            assertThat(p.lastRemindedOn()).isEqualTo(TestClock.today());
        });

        // the schedule: today is already claimed by the button, tomorrow runs once
        reminders.runDue(acknowledgementReminder, TestClock.today());
        long scheduledToday = events.stream(CampaignReminded.class)
                .filter(e -> e.campaignId() == campaign.id()
                        && "schedule".equals(e.details().get("trigger")))
                .count();
        assertThat(scheduledToday).isZero();
        reminders.runDue(acknowledgementReminder, TestClock.today().plusDays(1));
        reminders.runDue(acknowledgementReminder, TestClock.today().plusDays(1));
        assertThat(events.stream(CampaignReminded.class)
                        .filter(e -> e.campaignId() == campaign.id()
                                && "schedule".equals(e.details().get("trigger"))))
                .hasSize(1);
    }

    @Test
    void starting_and_closing_a_campaign_are_audit_events_and_a_closed_campaign_is_not_reminded() {
        fx.person("総務 五郎", general);
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));
        AcknowledgementCampaign campaign = start(doc, new CampaignAudience.Units(List.of(general)), null);

        CampaignStarted started = events.stream(CampaignStarted.class)
                .filter(e -> e.campaignId() == campaign.id())
                .findFirst()
                .orElseThrow();
        assertThat(started.details())
                .containsEntry("audience", "UNITS")
                .containsEntry("audienceIds", Long.toString(general))
                .containsEntry("targeted", "1")
                .containsEntry("contentHash", doc.revision().contentHash());
        assertThat(started.actor()).isEqualTo("ack-ciso");

        as(AcknowledgementFixtures.CISO, () -> acknowledgements.close(campaign.id()));
        assertThat(events.stream(CampaignClosed.class).filter(e -> e.campaignId() == campaign.id()))
                .hasSize(1);
        assertThatThrownBy(() ->
                        TestUsers.runAs(AcknowledgementFixtures.CISO, () -> acknowledgements.remind(campaign.id())))
                .isInstanceOf(NotAllowedException.class);
    }

    @OnEachHardDay(eraBoundary = false)
    void a_due_date_in_the_past_and_an_empty_audience_are_refused() {
        InForce doc = fx.standard(PolicyTestData.unique("対策基準"));
        long empty = fx.unit("無人の課", null);
        assertThatThrownBy(() -> start(
                        doc,
                        new CampaignAudience.Units(List.of(empty)),
                        TestClock.today().minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .contains("dueOn"));
        assertThatThrownBy(() -> start(doc, new CampaignAudience.Units(List.of(empty)), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("policy.ack.error.nobody"));
    }
}
