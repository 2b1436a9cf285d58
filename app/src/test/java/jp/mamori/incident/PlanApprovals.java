package jp.mamori.incident;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CISO's 決裁 on a draft of the emergency response plan, for tests that need a plan in force: a
 * decision needs a fresh code of the authenticator app and may not come from the one who saved the
 * draft, so each decision is made by a CISO account of its own, created with a second factor, that
 * confirms with the current code (a new account has spent no step yet).
 */
public final class PlanApprovals {
    private PlanApprovals() {}

    /** A CISO with an enrolled second factor, other than anyone who saved a draft. */
    public static CurrentUser freshCiso(JdbcClient jdbc) {
        String login = "plan-ciso-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityTestData.of(jdbc).decider(login, "plan-decide-pass-42", Totp.SECRET);
        return TestUsers.user(login, new RoleGrant(Role.CISO, null));
    }

    /** Approves the draft as a fresh CISO; it is then the plan in force. */
    public static ResponsePlanVersion approve(JdbcClient jdbc, ResponsePlanStore plans, int version, String note) {
        return decide(jdbc, plans, version, true, note);
    }

    /** Returns the draft as a fresh CISO (a note is required). */
    public static ResponsePlanVersion giveBack(JdbcClient jdbc, ResponsePlanStore plans, int version, String note) {
        return decide(jdbc, plans, version, false, note);
    }

    /** Saves the plan as a draft by {@code drafter} and has another CISO approve it. */
    public static ResponsePlanVersion inForce(
            JdbcClient jdbc,
            ResponsePlanStore plans,
            CurrentUser drafter,
            ResponsePlan plan,
            int basedOn,
            String note) {
        var draft = new AtomicReference<ResponsePlanVersion>();
        TestUsers.runAs(drafter, () -> draft.set(plans.revise(plan, basedOn, note)));
        return approve(jdbc, plans, draft.get().version(), "");
    }

    private static ResponsePlanVersion decide(
            JdbcClient jdbc, ResponsePlanStore plans, int version, boolean approve, String note) {
        CurrentUser ciso = freshCiso(jdbc);
        var decided = new AtomicReference<ResponsePlanVersion>();
        TestUsers.runAs(
                ciso, () -> decided.set(plans.decide(version, approve, note, Totp.code(Totp.SECRET, 0), "test")));
        return decided.get();
    }
}
