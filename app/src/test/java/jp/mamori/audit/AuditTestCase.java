package jp.mamori.audit;

import java.util.Locale;
import java.util.function.Supplier;
import jp.mamori.audit.engagement.AuditPlan;
import jp.mamori.audit.engagement.AuditPlans;
import jp.mamori.audit.engagement.Engagements;
import jp.mamori.audit.engagement.Findings;
import jp.mamori.audit.engagement.PlanKind;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the audit tests on the shared application start from: the audit services, a body with an audit
 * office and a department of two sections ({@link #organise}), the people of an audit, and the approved
 * annual plan an engagement belongs to.
 */
abstract class AuditTestCase {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditPlans plans;

    @Autowired
    Engagements engagements;

    @Autowired
    Findings findings;

    @Autowired
    CorrectiveActions actions;

    @Autowired
    MessageSource messages;

    AuditFixtures fx;
    long auditOffice;
    long department;
    long section;
    long otherSection;
    /** 監査統括責任者 of the audit office. */
    CurrentUser director;
    /** The CISO, with the second factor {@link Totp#SECRET}. */
    CurrentUser ciso;
    /** An auditor of the audit office: independent of the section. */
    CurrentUser auditor;
    /** The section's 情報セキュリティ管理者. */
    CurrentUser manager;
    /** An auditor who works in the section: not independent of it. */
    CurrentUser insider;

    /** Makes the units, named so, and the people of an audit in them. */
    void organise(String officeName, String departmentName, String sectionName, String otherSectionName) {
        fx = new AuditFixtures(jdbc);
        auditOffice = fx.unit(officeName, null);
        department = fx.unit(departmentName, null);
        section = fx.unit(sectionName, department);
        otherSection = fx.unit(otherSectionName, department);
        director = fx.holder("統括　一郎", auditOffice, Role.AUDIT_DIRECTOR, null);
        ciso = fx.withSecondFactor(fx.holder("最高　次郎", auditOffice, Role.CISO, null));
        auditor = fx.holder("監査　三郎", auditOffice, Role.AUDITOR, null);
        manager = fx.holder("管理　四郎", section, Role.SECURITY_MANAGER, section);
        insider = fx.holder("内部　五郎", section, Role.AUDITOR, null);
    }

    <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }

    void as(CurrentUser user, Runnable work) {
        TestUsers.runAs(user, work);
    }

    /** The problems of a refusal as the Japanese texts a person reads. */
    String text(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), Locale.JAPANESE))
                .toList()
                .toString();
    }

    /** This fiscal year's annual plan, under a medium-term plan, both approved by the CISO. */
    long approvedAnnualPlan() {
        return approvedAnnualPlan(submittedMediumTermPlan());
    }

    /** A medium-term plan from this fiscal year, written and submitted by the director. */
    AuditPlan submittedMediumTermPlan() {
        int year = Wareki.fiscalYearOf(TestClock.today());
        AuditPlan medium = as(
                director,
                () -> plans.create(new AuditPlans.PlanDraft(
                        PlanKind.MEDIUM_TERM, "中期監査計画", year, year + 2, null, "3 年で全部署を監査する")));
        as(director, () -> plans.submit(medium.id()));
        return medium;
    }

    /**
     * The CISO approves the submitted medium-term plan (with the code of the step before the clock's),
     * then an annual plan under it (with the current step's code).
     */
    long approvedAnnualPlan(AuditPlan medium) {
        as(ciso, () -> plans.approve(medium.id(), null, Totp.code(Totp.SECRET, -1), null));
        AuditPlan annual = as(
                director,
                () -> plans.create(new AuditPlans.PlanDraft(
                        PlanKind.ANNUAL, "年度監査計画", medium.yearFrom(), medium.yearFrom(), medium.id(), "部署を監査する")));
        as(director, () -> plans.submit(annual.id()));
        as(ciso, () -> plans.approve(annual.id(), null, Totp.code(Totp.SECRET, 0), null));
        return annual.id();
    }
}
