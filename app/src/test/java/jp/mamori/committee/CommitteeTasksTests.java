package jp.mamori.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committee's part of the work list (CommitteeTasks) through {@code GET /api/v1/me/tasks}: a
 * planned meeting is on the members' lists until it is held; written minutes are on the chair's list
 * to approve, not on a member's.
 */
@MamoriSpringTest
class CommitteeTasksTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Committee committee;

    CommitteeTestData members;

    @BeforeEach
    void committee() {
        members = new CommitteeTestData(jdbc, committee, false);
    }

    @AfterEach
    void dissolve() {
        members.dissolve();
    }

    @Test
    void a_planned_meeting_is_on_the_members_list_and_written_minutes_on_the_chairs() {
        String title = OrganizationTestData.unique("やること委員会");
        Meeting meeting = CommitteeTestData.as(
                members.secretary,
                () -> committee.plan(new MeetingDraft(title, TestClock.today(), "第1会議室", "1 方針の見直し")));

        assertThat(MyTasks.of(mvc, members.member).about("committee.meeting", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("情報セキュリティ委員会への出席");
                    assertThat(item.daysLeft()).isEqualTo(0);
                    assertThat(item.urgency()).isEqualTo("DUE_SOON");
                    assertThat(item.link()).isEqualTo("/committee/meetings/" + meeting.id());
                });

        Set<Long> present = new HashSet<>(members.memberIds);
        present.add(members.chairId);
        CommitteeTestData.as(members.secretary, () -> {
            committee.recordAttendance(meeting.id(), present);
            committee.writeMinutes(meeting.id(), "方針の見直しを了承した。");
            return null;
        });

        assertThat(MyTasks.of(mvc, members.member).about("committee.meeting", title))
                .isEmpty();
        assertThat(MyTasks.of(mvc, members.chair).about("committee.minutes-approval", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("委員会議事録の承認");
                    assertThat(item.dueOn()).isNull();
                    assertThat(item.urgency()).isEqualTo("LATER");
                });
        assertThat(MyTasks.of(mvc, members.member).about("committee.minutes-approval", title))
                .isEmpty();
    }
}
