package jp.mamori.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the zone model and the netcheck runs. The zone model is one per body, so each test
 * starts from none: {@link #reset} empties the module's own tables.
 */
public final class NetworkTestData {
    public static final CurrentUser OFFICER =
            TestUsers.user("zone-officer", new RoleGrant(Role.SECURITY_OFFICER, null));
    public static final CurrentUser CISO = TestUsers.user("zone-ciso", new RoleGrant(Role.CISO, null));
    public static final CurrentUser DEPUTY = TestUsers.user("zone-deputy", new RoleGrant(Role.DEPUTY_CISO, null));

    private NetworkTestData() {}

    public static void reset(JdbcClient jdbc) {
        jdbc.sql("delete from net_check_run").update();
        jdbc.sql("delete from net_zone_version").update();
    }

    public static String resource(String name) {
        try (InputStream in =
                Objects.requireNonNull(NetworkTestData.class.getResourceAsStream("/network/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the sample zone file as a draft by {@link #OFFICER}, submits it and has {@link #CISO} approve it. */
    public static ZoneVersion approvedSample(ZoneModels models) {
        int[] number = new int[1];
        TestUsers.runAs(OFFICER, () -> {
            ZoneModels.ImportOutcome o = models.importFile(
                    "zones-kaku.yaml",
                    resource("zones-kaku.yaml").getBytes(StandardCharsets.UTF_8),
                    false,
                    "zone-officer");
            number[0] = Objects.requireNonNull(o.versionNumber());
            models.submit(number[0]);
        });
        TestUsers.runAs(CISO, () -> models.approve(number[0], "確認しました"));
        return models.version(number[0]);
    }
}
