package jp.mamori.control.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exceptions (例外措置) through the pages and the API: who may do what on each handler, the decision
 * with a fresh second-factor code, every change in the audit trail, the statement of applicability
 * showing 例外, the reminder and expiry, renewal, revocation and the netcheck export.
 */
@MamoriSpringTest
class ExceptionPagesTests {
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final String MEASURE = "2.1.1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Exceptions exceptions;

    @Autowired
    ExceptionReminder reminder;

    @Autowired
    ExceptionRepository repository;

    @Autowired
    Clock clock;

    long section;
    String sectionCode;
    CurrentUser manager;
    CurrentUser otherManager;
    CurrentUser ciso;
    CurrentUser staff;

    @BeforeEach
    void organisation() {
        long office = unit("事務局" + SEQUENCE.incrementAndGet(), null);
        section = unit("保険課" + SEQUENCE.incrementAndGet(), office);
        sectionCode = OrganizationTestData.of(jdbc).unitCode(section);
        long elsewhere = unit("年金課" + SEQUENCE.incrementAndGet(), office);
        int n = SEQUENCE.incrementAndGet();
        manager = TestUsers.user(
                "exc-mgr-" + n, new RoleGrant(Role.STAFF, section), new RoleGrant(Role.SECURITY_MANAGER, section));
        otherManager = TestUsers.user(
                "exc-other-" + n,
                new RoleGrant(Role.STAFF, elsewhere),
                new RoleGrant(Role.SECURITY_MANAGER, elsewhere));
        ciso = TestUsers.user("exc-ciso-" + n, new RoleGrant(Role.CISO, null));
        staff = TestUsers.user("exc-staff-" + n, new RoleGrant(Role.STAFF, section));
        account(ciso.login());
    }

    long unit(String name, Long parent) {
        return OrganizationTestData.of(jdbc).unit(name, parent);
    }

    /** An account with an authenticator app for the login, so the decider can confirm with a code. */
    void account(String login) {
        SecurityTestData.of(jdbc).decider(login, "exception-pass-42", SECRET);
    }

    String code(long offset) throws Exception {
        long step = clock.instant().getEpochSecond() / 30 + offset;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(SECRET, step);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    int statusOf(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A network exception requested through the page by the unit's manager; its reference. */
    String requestNetwork(LocalDate endsOn) throws Exception {
        String location = mvc.perform(post("/exceptions")
                        .with(TestUsers.as(manager))
                        .with(csrf())
                        .param("measureId", MEASURE)
                        .param("unitId", Long.toString(section))
                        .param("targetKind", "NETWORK")
                        .param("fromZone", "LGWAN")
                        .param("toZone", "INTERNET")
                        .param("from", "10.20.1.7")
                        .param("to", "203.0.113.10/32")
                        .param("services", "tcp/443")
                        .param("justification", "国の報告システムへの直接送信")
                        .param("compensating", "送信先を1か所に限定し、通信記録を毎週確認する")
                        .param("owner", "保険課長")
                        .param("startsOn", today().toString())
                        .param("endsOn", endsOn.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/exceptions/EX-");
        return location.substring("/exceptions/".length());
    }

    String state(String reference) {
        return jdbc.sql("select state from ctl_exception where reference = :r")
                .param("r", reference)
                .query(String.class)
                .single();
    }

    long audited(String action, String reference) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :r")
                .param("a", action)
                .param("r", reference)
                .query(Long.class)
                .single();
    }

    String details(String action, String reference) {
        return jdbc.sql("select details from audit_entry where action = :a and subject_id = :r")
                .param("a", action)
                .param("r", reference)
                .query(String.class)
                .single();
    }

    @Test
    void requested_by_the_manager_approved_by_the_ciso_with_a_fresh_code_shown_in_the_soa_and_exported()
            throws Exception {
        String ref = requestNetwork(today().plusDays(60));
        assertThat(state(ref)).isEqualTo("REQUESTED");
        assertThat(details("control.exception.requested", ref))
                .contains("measure", MEASURE, "unit", sectionCode, "path", "203.0.113.10/32", "endsOn");
        assertThat(html(get("/exceptions/" + ref).with(TestUsers.as(manager)))).contains("申請中");

        // the requester cannot decide (not the decider); the CISO needs a code
        assertThat(statusOf(
                        post("/exceptions/" + ref + "/approve").param("confirmation", code(1)), TestUsers.as(manager)))
                .isEqualTo(403);
        mvc.perform(post("/exceptions/" + ref + "/approve")
                        .with(TestUsers.as(ciso))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(ref)).isEqualTo("REQUESTED");
        mvc.perform(post("/exceptions/" + ref + "/approve")
                        .with(TestUsers.as(ciso))
                        .with(csrf())
                        .param("confirmation", "000000"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(ref)).isEqualTo("REQUESTED");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reauthentication.failed' and actor = :l")
                        .param("l", ciso.login())
                        .query(Long.class)
                        .single())
                .isPositive();

        mvc.perform(post("/exceptions/" + ref + "/approve")
                        .with(TestUsers.as(ciso))
                        .with(csrf())
                        .param("comment", "期限内に限り認める")
                        .param("confirmation", code(1)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(ref)).isEqualTo("APPROVED");
        assertThat(details("control.exception.approved", ref)).contains("role", "CISO", "期限内に限り認める");
        // frozen: a second decision is refused
        assertThat(statusOf(
                        post("/exceptions/" + ref + "/reject")
                                .param("comment", "x")
                                .param("confirmation", code(0)),
                        TestUsers.as(ciso)))
                .isEqualTo(403);

        // the statement of applicability shows 例外 with the link
        String soa = html(get("/soa/units/" + section).with(TestUsers.as(manager)));
        assertThat(soa).contains("/exceptions/" + ref).contains("例外");
        String api = mvc.perform(get("/api/v1/soa")
                        .param("unit", sectionCode)
                        .param("status", "EXCEPTION")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"measureId\":\"" + MEASURE + "\"").contains("\"exceptions\":[\"" + ref + "\"]");
        // the measure page shows it among the units and in its exceptions
        String measure = html(get("/controls/measures/" + MEASURE).with(TestUsers.as(ciso)));
        assertThat(measure).contains("data-unit=\"" + sectionCode + "\"").contains(ref);

        // the netcheck export holds it and netcheck reads it
        String yaml = exceptions.netcheckYaml(today());
        assertThat(yaml).contains("id: \"" + ref + "\"").contains("tcp/443").contains("expires:");
        ZoneModel zones = ZoneModel.parse("zones.yaml", """
                zones:
                  - {id: lgwan, kind: LGWAN, networks: [10.20.0.0/16]}
                  - {id: outside, kind: EXTERNAL, networks: [0.0.0.0/0]}
                """, clock);
        ZoneModel withRegister = zones.withExceptions("exceptions.yaml", yaml);
        assertThat(withRegister.activeExemptions()).anySatisfy(x -> {
            assertThat(x.id()).isEqualTo(ref);
            assertThat(x.expires()).isEqualTo(today().plusDays(60));
            assertThat(x.owner()).isEqualTo("保険課長");
        });

        // the API lists and reads it for the manager, not for staff
        String list = mvc.perform(
                        get("/api/v1/exceptions").param("unit", sectionCode).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"reference\":\"" + ref + "\"").contains("\"standing\":\"ACTIVE\"");
        assertThat(statusOf(get("/api/v1/exceptions/" + ref), TestUsers.as(staff)))
                .isEqualTo(403);
    }

    @Test
    void each_handler_refuses_who_may_not_use_it() throws Exception {
        String ref = requestNetwork(today().plusDays(10));
        RequestPostProcessor staffUser = TestUsers.as(staff);
        RequestPostProcessor other = TestUsers.as(otherManager);
        RequestPostProcessor auditor = TestUsers.auditor();
        // staff: nothing at all
        assertThat(statusOf(get("/exceptions"), staffUser)).isEqualTo(403);
        assertThat(statusOf(get("/exceptions/new"), staffUser)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions"), staffUser)).isEqualTo(403);
        assertThat(statusOf(get("/exceptions/" + ref), staffUser)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/approve"), staffUser)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/reject"), staffUser)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/withdraw"), staffUser))
                .isEqualTo(403);
        assertThat(statusOf(get("/exceptions/" + ref + "/revoke"), staffUser)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/revoke"), staffUser)).isEqualTo(403);
        assertThat(statusOf(get("/exceptions/" + ref + "/renew"), staffUser)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/renew"), staffUser)).isEqualTo(403);
        assertThat(statusOf(get("/api/v1/exceptions"), staffUser)).isEqualTo(403);
        assertThat(statusOf(
                        post("/api/v1/exceptions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"),
                        staffUser))
                .isEqualTo(403);
        // the auditor reads but changes nothing
        assertThat(statusOf(get("/exceptions"), auditor)).isEqualTo(200);
        assertThat(statusOf(get("/exceptions/" + ref), auditor)).isEqualTo(200);
        assertThat(statusOf(post("/exceptions"), auditor)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/approve"), auditor)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/withdraw"), auditor)).isEqualTo(403);
        // another unit's manager neither reads it nor acts on it, nor requests for this unit
        assertThat(statusOf(get("/exceptions/" + ref), other)).isEqualTo(403);
        assertThat(statusOf(post("/exceptions/" + ref + "/withdraw"), other)).isEqualTo(403);
        assertThat(statusOf(
                        post("/exceptions")
                                .param("measureId", MEASURE)
                                .param("unitId", Long.toString(section))
                                .param("targetKind", "UNIT"),
                        other))
                .isEqualTo(403);
        String otherList = html(get("/exceptions").with(other));
        assertThat(otherList).doesNotContain(ref);
        // an unknown reference is a 404
        assertThat(statusOf(get("/exceptions/EX-999999"), TestUsers.as(ciso))).isEqualTo(404);
        assertThat(state(ref)).isEqualTo("REQUESTED");
        // the requester withdraws it
        mvc.perform(post("/exceptions/" + ref + "/withdraw")
                        .with(TestUsers.as(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(ref)).isEqualTo("WITHDRAWN");
        assertThat(audited("control.exception.withdrawn", ref)).isEqualTo(1);
    }

    @Test
    void a_wrong_address_is_named_and_nothing_is_stored() throws Exception {
        long before =
                jdbc.sql("select count(*) from ctl_exception").query(Long.class).single();
        String page = mvc.perform(post("/exceptions")
                        .with(TestUsers.as(manager))
                        .with(csrf())
                        .param("measureId", MEASURE)
                        .param("unitId", Long.toString(section))
                        .param("targetKind", "NETWORK")
                        .param("fromZone", "LGWAN")
                        .param("toZone", "INTERNET")
                        .param("from", "10.20.1.300")
                        .param("to", "203.0.113.10")
                        .param("services", "tcp/99999")
                        .param("justification", "理由")
                        .param("compensating", "")
                        .param("startsOn", today().toString())
                        .param("endsOn", today().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("10.20.1.300")
                .contains("tcp/99999")
                .contains("代替措置を 2000 文字までで書いてください")
                .contains("終了日は今日以降にしてください");
        assertThat(jdbc.sql("select count(*) from ctl_exception")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    void approve(String ref, long step) throws Exception {
        // each decision spends a step of the authenticator: start afresh so the test needs no waiting
        jdbc.sql("update sec_account set totp_last_step = null where login = :l")
                .param("l", ciso.login())
                .update();
        mvc.perform(post("/exceptions/" + ref + "/approve")
                        .with(TestUsers.as(ciso))
                        .with(csrf())
                        .param("confirmation", code(step)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(ref)).isEqualTo("APPROVED");
    }

    @Test
    void reminded_before_the_end_a_finding_after_it_renewed_and_revoked() throws Exception {
        String ref = requestNetwork(today().plusDays(5));
        approve(ref, 1);
        ControlException e = repository.byReference(ref).orElseThrow();

        // due: within the 30 days before the end, once, then weekly
        assertThat(reminder.due(today()))
                .extracting(ControlException::reference)
                .contains(ref);
        reminder.reminded(e, java.util.List.of(1L), new Reminder.Round(today(), Reminder.Round.SCHEDULE, "system"));
        assertThat(audited("control.exception.reminded", ref)).isEqualTo(1);
        ControlException after = repository.byReference(ref).orElseThrow();
        assertThat(ExceptionReminder.isDue(after, today().plusDays(1))).isFalse();
        assertThat(ExceptionReminder.isDue(after, today().plusDays(7))).isTrue();
        // the first day after the end: reminded again and recorded as expired, once
        LocalDate dayAfter = after.endsOn().plusDays(1);
        assertThat(ExceptionReminder.isDue(after, dayAfter)).isTrue();
        assertThat(after.standingOn(dayAfter)).isEqualTo(ExceptionStanding.EXPIRED);
        reminder.reminded(after, java.util.List.of(), new Reminder.Round(dayAfter, Reminder.Round.SCHEDULE, "system"));
        reminder.reminded(
                repository.byReference(ref).orElseThrow(),
                java.util.List.of(),
                new Reminder.Round(dayAfter.plusDays(7), Reminder.Round.SCHEDULE, "system"));
        assertThat(audited("control.exception.expired", ref)).isEqualTo(1);
        // the notice's text
        assertThat(reminder.notice(after, 1L).title()).contains(ref).contains("期限");

        // renewal: a new request naming it; approving it ends the old one
        String location = mvc.perform(post("/exceptions/" + ref + "/renew")
                        .with(TestUsers.as(manager))
                        .with(csrf())
                        .param("measureId", MEASURE)
                        .param("justification", "移行が遅れたため延長")
                        .param("compensating", "通信記録を毎日確認する")
                        .param("owner", "保険課長")
                        .param("startsOn", after.endsOn().plusDays(1).toString())
                        .param("endsOn", after.endsOn().plusDays(90).toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String renewal = location.substring("/exceptions/".length());
        assertThat(details("control.exception.requested", renewal)).contains(ref);
        // a waiting renewal stops the reminders of the old one
        assertThat(reminder.due(today()))
                .extracting(ControlException::reference)
                .doesNotContain(ref);
        approve(renewal, 1);
        assertThat(state(ref)).isEqualTo("RENEWED");
        assertThat(details("control.exception.renewed", ref)).contains(renewal);

        // revocation asks first, needs a reason, and takes it out of the netcheck export
        assertThat(html(get("/exceptions/" + renewal + "/revoke").with(TestUsers.as(manager))))
                .contains("取り消す");
        mvc.perform(post("/exceptions/" + renewal + "/revoke")
                        .with(TestUsers.as(manager))
                        .with(csrf())
                        .param("confirmed", "yes")
                        .param("reason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(state(renewal)).isEqualTo("APPROVED");
        mvc.perform(post("/exceptions/" + renewal + "/revoke")
                        .with(TestUsers.as(manager))
                        .with(csrf())
                        .param("confirmed", "yes")
                        .param("reason", "回線を切り替えたため不要"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(renewal)).isEqualTo("REVOKED");
        assertThat(details("control.exception.revoked", renewal)).contains("回線を切り替えたため不要");
        assertThat(exceptions.netcheckYaml(after.endsOn().plusDays(2))).doesNotContain(renewal);
    }

    @Test
    void the_api_takes_a_request_and_the_ciso_cannot_decide_their_own() throws Exception {
        String body = """
                {"measureId":"%s","unit":"%s","targetKind":"UNIT","justification":"端末の更新待ち",
                 "compensatingMeasures":"持出しを禁止し、月次で点検する","startsOn":"%s","endsOn":"%s"}
                """.formatted(MEASURE, sectionCode, today(), today().plusDays(30));
        String created = mvc.perform(post("/api/v1/exceptions")
                        .with(TestUsers.as(ciso))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(created).contains("\"state\":\"REQUESTED\"").contains("\"targetKind\":\"UNIT\"");
        String ref = created.replaceAll(".*\"reference\":\"(EX-\\d+)\".*", "$1").strip();
        mvc.perform(post("/exceptions/" + ref + "/approve")
                        .with(TestUsers.as(ciso))
                        .with(csrf())
                        .param("confirmation", code(1)))
                .andExpect(status().isForbidden());
        assertThat(state(ref)).isEqualTo("REQUESTED");
    }
}
