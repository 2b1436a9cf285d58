package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.organization.OrganizationEvent.PersonChanged;
import jp.mamori.organization.OrganizationEvent.PersonDeactivated;
import jp.mamori.organization.OrganizationEvent.RoleAssignmentEnded;
import jp.mamori.organization.OrganizationEvent.UnitMoved;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The module with its database (H2 in PostgreSQL mode): services, the public API and the events. */
@MamoriSpringTest
@RecordApplicationEvents
class OrganizationModuleTests {
    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    RoleAssignments assignments;

    @Autowired
    Directory directory;

    @Autowired
    SegregationOfDuties segregation;

    @Autowired
    UnitHierarchy hierarchy;

    @Autowired
    ApplicationEvents events;

    OrgFixtures fx;
    Unit office;
    Unit section;
    Unit team;

    @BeforeEach
    void tree() {
        fx = new OrgFixtures(units, people);
        office = fx.unit("事務局", null);
        section = fx.unit("保険課", office);
        team = fx.unit("給付係", section);
    }

    @Test
    void the_hierarchy_answers_a_unit_and_everything_below_it_at_any_depth() {
        assertThat(hierarchy.selfAndDescendants(office.id()))
                .containsExactlyInAnyOrder(office.id(), section.id(), team.id());
        assertThat(hierarchy.selfAndDescendants(team.id())).containsExactly(team.id());
    }

    @Test
    void moving_a_unit_under_a_unit_below_it_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> units.change(office.id(), new UnitDraft(office.code(), office.name(), team.id())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("organization.unit.parent.cycle"));
        assertThat(units.get(office.id()).parentId()).isNull();
    }

    @Test
    void moving_a_unit_publishes_the_old_and_new_parent() {
        Unit other = fx.unit("年金課", office);
        units.change(team.id(), new UnitDraft(team.code(), team.name(), other.id()));
        assertThat(events.stream(UnitMoved.class).filter(e -> e.unitId() == team.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("parentId", section.id() + " → " + other.id()));
    }

    @Test
    void a_unit_code_is_unique() {
        assertThatThrownBy(() -> units.create(new UnitDraft(section.code(), "重複", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("organization.unit.code.taken");
    }

    @Test
    void a_person_change_records_each_changed_field_old_and_new() {
        Person person = fx.person("見本 太郎", section);
        people.change(
                person.id(),
                new PersonDraft(
                        person.staffNumber(),
                        "見本 次郎",
                        "ﾐﾎﾝ ｼﾞﾛｳ",
                        person.email(),
                        "非常勤職員",
                        team.id(),
                        person.inPostFrom(),
                        null));
        PersonChanged changed = events.stream(PersonChanged.class)
                .filter(e -> e.personId() == person.id())
                .findFirst()
                .orElseThrow();
        assertThat(changed.details())
                .containsEntry("name", "見本\u3000太郎 → 見本\u3000次郎")
                .containsEntry("kana", "テスト → ミホン\u3000ジロウ")
                .containsEntry("category", "職員 → 非常勤職員")
                .doesNotContainKey("email");
        assertThat(changed.action()).isEqualTo("person.changed");
    }

    @Test
    void an_unknown_category_names_the_category_field() {
        assertThatThrownBy(() -> people.create(new PersonDraft(
                        OrgFixtures.unique("P"),
                        "試験 花子",
                        "シケン ハナコ",
                        "h@example.jp",
                        "正職員",
                        section.id(),
                        OrgFixtures.APRIL_1,
                        null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("category"));
    }

    @Test
    void a_leaver_holds_roles_through_the_last_day_and_nothing_from_the_next_day() {
        Person person = fx.person("模擬 一郎", section);
        assignments.assign(
                new RoleAssignmentDraft(person.id(), Role.SECURITY_MANAGER, section.id(), OrgFixtures.APRIL_1, null));
        LocalDate lastDay = LocalDate.of(2025, 3, 31);
        people.deactivate(person.id(), lastDay);

        assertThat(directory.inPostOn(person.id(), lastDay)).isTrue();
        assertThat(directory.grantsOn(person.id(), lastDay))
                .containsExactlyInAnyOrder(
                        new RoleGrant(Role.SECURITY_MANAGER, section.id()), new RoleGrant(Role.STAFF, section.id()));
        assertThat(directory.inPostOn(person.id(), lastDay.plusDays(1))).isFalse();
        assertThat(directory.grantsOn(person.id(), lastDay.plusDays(1))).isEmpty();
        assertThat(events.stream(PersonDeactivated.class).filter(e -> e.personId() == person.id()))
                .hasSize(1);
        // never deleted
        assertThat(directory.person(person.id()))
                .isPresent()
                .get()
                .extracting(PersonSummary::staffNumber)
                .isEqualTo(person.staffNumber());
    }

    @Test
    void grants_apply_the_validity_period_of_each_assignment() {
        Person person = fx.person("仮名 次郎", section);
        RoleAssignment csirt = assignments.assign(new RoleAssignmentDraft(
                person.id(), Role.CSIRT, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)));
        assertThat(directory.grantsOn(person.id(), LocalDate.of(2024, 4, 30)))
                .containsExactly(new RoleGrant(Role.STAFF, section.id()));
        assertThat(directory.grantsOn(person.id(), LocalDate.of(2024, 5, 31)))
                .contains(new RoleGrant(Role.CSIRT, null));
        assertThat(directory.grantsOn(person.id(), LocalDate.of(2024, 6, 1)))
                .doesNotContain(new RoleGrant(Role.CSIRT, null));
        assertThat(csirt.assignedBy()).isEqualTo("system");
    }

    @Test
    void ending_an_assignment_keeps_it_in_the_history() {
        Person person = fx.person("例示 監子", section);
        RoleAssignment made =
                assignments.assign(new RoleAssignmentDraft(person.id(), Role.AUDITOR, null, OrgFixtures.APRIL_1, null));
        assignments.end(made.id(), LocalDate.of(2024, 9, 30));
        List<RoleAssignment> history = assignments.ofPerson(person.id());
        assertThat(history).singleElement().satisfies(a -> {
            assertThat(a.validTo()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(a.isEnded()).isTrue();
        });
        assertThat(directory.grantsOn(person.id(), LocalDate.of(2024, 10, 1)))
                .doesNotContain(new RoleGrant(Role.AUDITOR, null));
        assertThat(events.stream(RoleAssignmentEnded.class).filter(e -> e.assignmentId() == made.id()))
                .hasSize(1);
    }

    @Test
    void a_ciso_cannot_be_given_a_unit_scope() {
        Person person = fx.person("標本 三郎", section);
        assertThatThrownBy(() -> assignments.assign(
                        new RoleAssignmentDraft(person.id(), Role.CISO, section.id(), OrgFixtures.APRIL_1, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("organization.role.bodyWideOnly");
    }

    @Test
    void an_auditor_of_a_section_may_not_audit_the_office_above_it_but_may_audit_another_branch() {
        Unit other = fx.unit("福祉課", office);
        Person auditor = fx.person("監査 役子", team);
        LocalDate day = LocalDate.of(2024, 6, 1);
        assertThatThrownBy(() -> segregation.checkAudit(auditor.id(), office.id(), day))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("sod.auditOwnUnit");
        assertThatThrownBy(() -> segregation.checkAudit(auditor.id(), team.id(), day))
                .isInstanceOf(NotAllowedException.class);
        assertThatCode(() -> segregation.checkAudit(auditor.id(), other.id(), day))
                .doesNotThrowAnyException();
    }

    @OnEachHardDay(eraBoundary = false)
    void an_auditor_who_moved_is_judged_by_the_unit_they_belonged_to_on_the_audited_day() {
        Unit other = fx.unit("企画経理課", office);
        Person auditor = fx.person("異動 監子", team);
        people.change(
                auditor.id(),
                new PersonDraft(
                        auditor.staffNumber(),
                        auditor.name(),
                        auditor.kana(),
                        auditor.email(),
                        "職員",
                        other.id(),
                        auditor.inPostFrom(),
                        null));
        LocalDate before = LocalDate.of(2024, 6, 1);
        LocalDate today = TestClock.today();

        assertThatThrownBy(() -> segregation.checkAudit(auditor.id(), team.id(), before))
                .isInstanceOf(NotAllowedException.class);
        assertThatCode(() -> segregation.checkAudit(auditor.id(), other.id(), before))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> segregation.checkAudit(auditor.id(), other.id(), today))
                .isInstanceOf(NotAllowedException.class);
        assertThatCode(() -> segregation.checkAudit(auditor.id(), team.id(), today))
                .doesNotThrowAnyException();
        assertThat(directory.grantsOn(auditor.id(), before)).containsExactly(new RoleGrant(Role.STAFF, team.id()));
        assertThat(directory.grantsOn(auditor.id(), today)).containsExactly(new RoleGrant(Role.STAFF, other.id()));
    }

    @Test
    void nobody_approves_their_own_request_through_the_bean() {
        assertThatThrownBy(() -> segregation.checkApproval(42, 42))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("sod.selfApproval");
        assertThatCode(() -> segregation.checkApproval(42, 43)).doesNotThrowAnyException();
    }

    @Test
    void the_directory_finds_people_by_staff_number_with_their_unit() {
        Person person = fx.person("見本 花子", team);
        assertThat(directory.personByStaffNumber(person.staffNumber())).get().satisfies(s -> {
            assertThat(s.unitId()).isEqualTo(team.id());
            assertThat(s.active()).isTrue();
        });
        assertThat(directory.personByStaffNumber("NO-SUCH")).isEmpty();
    }

    @Test
    void the_directory_names_the_nearest_role_holder_first_then_those_above_then_body_wide() {
        // 情報システム管理者 may be held for a unit or for the whole body
        Role role = Role.SYSTEM_ADMINISTRATOR;
        Person teamHolder = fx.person("近接 一子", team);
        Person sectionHolder = fx.person("上位 二郎", section);
        Person bodyWide = fx.person("全体 三恵", office);
        Person leaver = fx.person("退職 四郎", team);
        LocalDate day = LocalDate.of(2025, 6, 2);
        assignments.assign(new RoleAssignmentDraft(sectionHolder.id(), role, section.id(), OrgFixtures.APRIL_1, null));
        assignments.assign(new RoleAssignmentDraft(teamHolder.id(), role, team.id(), OrgFixtures.APRIL_1, null));
        assignments.assign(new RoleAssignmentDraft(bodyWide.id(), role, null, OrgFixtures.APRIL_1, null));
        assignments.assign(new RoleAssignmentDraft(leaver.id(), role, team.id(), OrgFixtures.APRIL_1, null));
        people.deactivate(leaver.id(), LocalDate.of(2025, 5, 31));

        List<Long> forTeam = directory.holdersFor(role, team.id(), day).stream()
                .map(PersonSummary::id)
                .toList();
        assertThat(forTeam)
                .startsWith(teamHolder.id(), sectionHolder.id())
                .contains(bodyWide.id())
                .doesNotContain(leaver.id());
        assertThat(forTeam.indexOf(bodyWide.id())).isGreaterThan(forTeam.indexOf(sectionHolder.id()));
        // the section's own holder comes first for the section; the team's holder, below it, not at all
        assertThat(directory.holdersFor(role, section.id(), day))
                .extracting(PersonSummary::id)
                .startsWith(sectionHolder.id())
                .doesNotContain(teamHolder.id());
        assertThat(directory.holders(role, day))
                .extracting(PersonSummary::id)
                .contains(teamHolder.id(), sectionHolder.id(), bodyWide.id())
                .doesNotContain(leaver.id());
        // 職員等 of a unit are the people of that unit
        assertThat(directory.holdersFor(Role.STAFF, team.id(), day))
                .extracting(PersonSummary::id)
                .contains(teamHolder.id())
                .doesNotContain(sectionHolder.id(), leaver.id());
    }

    @Test
    void the_directory_finds_a_unit_by_code_or_by_a_unique_name() {
        Unit named = fx.unit(OrgFixtures.unique("固有課"), office);
        assertThat(directory.unitByCodeOrName(" " + named.code() + " "))
                .get()
                .extracting(UnitSummary::id)
                .isEqualTo(named.id());
        assertThat(directory.unitByCodeOrName(named.name()))
                .get()
                .extracting(UnitSummary::parentId)
                .isEqualTo(office.id());
        assertThat(directory.unitByCodeOrName("")).isEmpty();
        assertThat(directory.unitByCodeOrName("存在しない課")).isEmpty();
        // a second unit of the same name makes the name ambiguous; codes still find each
        Unit twin = fx.unit(named.name(), section);
        assertThat(directory.unitByCodeOrName(named.name())).isEmpty();
        assertThat(directory.unitByCodeOrName(twin.code()))
                .get()
                .extracting(UnitSummary::id)
                .isEqualTo(twin.id());
        assertThat(directory.units()).extracting(UnitSummary::id).contains(office.id(), section.id(), team.id());
        List<Long> order = directory.units().stream().map(UnitSummary::id).toList();
        assertThat(order.indexOf(office.id())).isLessThan(order.indexOf(section.id()));
        assertThat(order.indexOf(section.id())).isLessThan(order.indexOf(team.id()));
    }

    @Test
    void people_in_post_carry_their_unit_and_category_and_leavers_drop_out_after_their_last_day() {
        Person stays = fx.person("在職 五月", team);
        Person leaves = fx.person("退職 六郎", team);
        people.deactivate(leaves.id(), LocalDate.of(2025, 9, 30));

        assertThat(directory.peopleInPost(LocalDate.of(2025, 9, 30)))
                .extracting(PersonSummary::id)
                .contains(stays.id(), leaves.id());
        assertThat(directory.peopleInPost(LocalDate.of(2025, 10, 1)))
                .extracting(PersonSummary::id)
                .contains(stays.id())
                .doesNotContain(leaves.id());
        PersonSummary summary = directory.person(stays.id()).orElseThrow();
        assertThat(summary.categoryId()).isEqualTo(stays.categoryId());
        assertThat(directory.categories()).extracting(CategorySummary::id).contains(stays.categoryId());
        assertThat(directory.categories()).extracting(CategorySummary::name).contains("会計年度任用職員");
    }
}
