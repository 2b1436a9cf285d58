package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class SecondFactorRequirementTests {
    private final SignIns signIns = new SignIns(
            null,
            null,
            null,
            null,
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            new SecuritySettings(
                    12,
                    5,
                    new SecuritySettings.Mfa(List.of("D0042")),
                    "mamori",
                    SecuritySettings.Throttle.defaults(),
                    List.of()),
            null,
            null,
            java.time.Clock.systemUTC());

    private static Account account(String login, boolean administrator) {
        return new Account(
                1,
                login,
                7L,
                "見本",
                "{noop}x",
                administrator,
                true,
                false,
                0,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                null);
    }

    private static CurrentUser user(String login, RoleGrant... grants) {
        return new CurrentUser(login, 7L, "見本", false, List.of(grants));
    }

    @Test
    void administrators_need_a_second_factor() {
        assertThat(signIns.secondFactorRequired(account("root", true), user("root")))
                .isTrue();
    }

    @Test
    void ciso_level_roles_need_a_second_factor_and_other_roles_do_not() {
        assertThat(signIns.secondFactorRequired(
                        account("D0001", false), user("D0001", new RoleGrant(Role.DEPUTY_CISO, null))))
                .isTrue();
        assertThat(signIns.secondFactorRequired(
                        account("D0010", false),
                        user("D0010", new RoleGrant(Role.SECURITY_MANAGER, 3L), new RoleGrant(Role.STAFF, 3L))))
                .isFalse();
    }

    @Test
    void a_login_named_in_the_setting_needs_a_second_factor_whatever_the_case() {
        assertThat(signIns.secondFactorRequired(account("d0042", false), user("d0042", new RoleGrant(Role.STAFF, 3L))))
                .isTrue();
    }
}
