package jp.mamori.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.HasCurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in users for MockMvc tests, without going through the sign-in pages: each carries a
 * {@link CurrentUser} as the shared {@code access} bean expects.
 *
 * <pre>{@code mvc.perform(get("/audit-trail").with(TestUsers.auditor()))}</pre>
 */
public final class TestUsers {
    private TestUsers() {}

    /** A principal that hands the shared kernel its {@link CurrentUser}. */
    public record Principal(CurrentUser currentUser) implements HasCurrentUser {
        @Override
        public String toString() {
            return currentUser.login();
        }
    }

    /** The mamori administrator account (no person behind it). */
    public static RequestPostProcessor admin() {
        return as(new CurrentUser("test-admin", null, "テスト管理者", true, List.of()));
    }

    /** A staff member in unit 1 without any other role. */
    public static RequestPostProcessor staff() {
        return as(user("test-staff", new RoleGrant(Role.STAFF, 1L)));
    }

    /** A body-wide auditor (監査人). */
    public static RequestPostProcessor auditor() {
        return as(user("test-auditor", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.AUDITOR, null)));
    }

    /** The CISO. */
    public static RequestPostProcessor ciso() {
        return as(user("test-ciso", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.CISO, null)));
    }

    /** A user with the given grants. */
    public static CurrentUser user(String login, RoleGrant... grants) {
        return new CurrentUser(login, null, login, false, Arrays.asList(grants));
    }

    /** Requests as this user. */
    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(token(user));
    }

    /** An authentication for the user, e.g. to set on the security context of a non-web test. */
    public static Authentication token(CurrentUser user) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(new Principal(user), null, "ROLE_USER");
        token.setAuthenticated(true);
        return token;
    }

    /** Runs code as the user outside a request (services, listeners) and returns what it gives. */
    public static <T> T callAs(@Nullable CurrentUser user, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        runAs(user, () -> result.add(work.get()));
        return result.get(0);
    }

    /** Runs code as the user outside a request (services, listeners). */
    public static void runAs(@Nullable CurrentUser user, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(user == null ? null : token(user));
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
