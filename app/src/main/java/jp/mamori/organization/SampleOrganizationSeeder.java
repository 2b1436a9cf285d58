package jp.mamori.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
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
 * Seeds the fictional sample organisation 架空市職員共済組合 in dev mode, once, when there are no
 * units yet: 13 units in three levels, 30 people covering every employment category, a holder for
 * every role, a leaver and an ended assignment. Every name is invented. The staff numbers demo
 * accounts use are in {@link SampleOrganization}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mamori.mode", havingValue = "dev")
// only for the running application: command-line commands never seed, even on the dev database
@ConditionalOnWebApplication
class SampleOrganizationSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SampleOrganizationSeeder.class);
    private static final LocalDate START = LocalDate.of(2024, 4, 1);

    /** code, name, parent code. */
    private static final String[][] UNITS = {
        {"J00", "事務局", ""},
        {"J10", "総務課", "J00"},
        {"J11", "総務係", "J10"},
        {"J12", "情報システム係", "J10"},
        {"J20", "企画経理課", "J00"},
        {"J21", "経理係", "J20"},
        {"J30", "保険課", "J00"},
        {"J31", "給付係", "J30"},
        {"J32", "資格係", "J30"},
        {"J40", "年金課", "J00"},
        {"J50", "福祉課", "J00"},
        {"J51", "貯金係", "J50"},
        {"A00", "監査室", ""}
    };

    /** staff number, name, kana, category, unit code. */
    private static final String[][] PEOPLE = {
        {"D0001", "見本 太郎", "ミホン タロウ", "職員", "J00"},
        {"D0002", "見本 道子", "ミホン ミチコ", "職員", "J00"},
        {"D0003", "試験 花子", "シケン ハナコ", "職員", "J10"},
        {"D0004", "試験 誠", "シケン マコト", "職員", "J10"},
        {"D0005", "試作 健一", "シサク ケンイチ", "職員", "J11"},
        {"D0006", "仮設 由美", "カセツ ユミ", "非常勤職員", "J11"},
        {"D0007", "模型 大輔", "モケイ ダイスケ", "職員", "J20"},
        {"D0008", "雛形 千尋", "ヒナガタ チヒロ", "会計年度任用職員", "J21"},
        {"D0009", "模範 浩二", "モハン コウジ", "職員", "J30"},
        {"D0010", "模擬 一郎", "モギ イチロウ", "職員", "J30"},
        {"D0011", "模擬 桜", "モギ サクラ", "嘱託職員", "J31"},
        {"D0012", "試算 和也", "シサン カズヤ", "職員", "J31"},
        {"D0013", "草案 陽子", "ソウアン ヨウコ", "派遣職員", "J32"},
        {"D0014", "下書 翔", "シタガキ ショウ", "臨時職員", "J32"},
        {"D0015", "見立 恵", "ミタテ メグミ", "職員", "J40"},
        {"D0016", "仮置 勇気", "カリオキ ユウキ", "職員", "J40"},
        {"D0017", "試行 真理", "シコウ マリ", "会計年度任用職員", "J40"},
        {"D0018", "例題 拓海", "レイダイ タクミ", "職員", "J50"},
        {"D0019", "例題 彩", "レイダイ アヤ", "非常勤職員", "J51"},
        {"D0020", "仮名 次郎", "カメイ ジロウ", "職員", "J12"},
        {"D0021", "仮名 美咲", "カメイ ミサキ", "派遣職員", "J12"},
        {"D0022", "検証 悟", "ケンショウ サトル", "職員", "J12"},
        {"D0023", "素案 直樹", "ソアン ナオキ", "職員", "J21"},
        {"D0024", "試料 遥", "シリョウ ハルカ", "嘱託職員", "J50"},
        {"D0025", "例示 監子", "レイジ カンコ", "職員", "A00"},
        {"D0026", "例示 正", "レイジ タダシ", "非常勤職員", "A00"},
        {"D0027", "仮題 涼", "カダイ リョウ", "臨時職員", "J11"},
        {"D0028", "想定 綾", "ソウテイ アヤ", "会計年度任用職員", "J31"},
        {"D0029", "旧姓 退蔵", "キュウセイ タイゾウ", "職員", "J40"},
        {"D0030", "標本 三郎", "ヒョウホン サブロウ", "職員", "J32"}
    };

    /** staff number, role, scope unit code ("" = whole body). */
    private static final String[][] ROLES = {
        {"D0001", "CISO", ""},
        {"D0002", "DEPUTY_CISO", ""},
        {"D0003", "CHIEF_SECURITY_OFFICER", ""},
        {"D0004", "SECURITY_OFFICER", "J10"},
        {"D0007", "SECURITY_OFFICER", "J20"},
        {"D0009", "SECURITY_OFFICER", "J30"},
        {"D0015", "SECURITY_OFFICER", "J40"},
        {"D0018", "SECURITY_OFFICER", "J50"},
        {"D0005", "SECURITY_MANAGER", "J11"},
        {"D0010", "SECURITY_MANAGER", "J30"},
        {"D0023", "SECURITY_MANAGER", "J21"},
        {"D0016", "SECURITY_MANAGER", "J40"},
        {"D0020", "SYSTEM_ADMINISTRATOR", ""},
        {"D0021", "SYSTEM_STAFF", "J12"},
        {"D0022", "SYSTEM_STAFF", "J12"},
        {"D0003", "COMMITTEE_MEMBER", ""},
        {"D0004", "COMMITTEE_MEMBER", ""},
        {"D0009", "COMMITTEE_MEMBER", ""},
        {"D0020", "CSIRT", ""},
        {"D0022", "CSIRT", ""},
        {"D0025", "AUDITOR", ""}
    };

    private final Units units;
    private final People people;
    private final RoleAssignments assignments;
    private final UnitRepository unitRepository;
    private final TransactionTemplate transaction;

    SampleOrganizationSeeder(
            Units units,
            People people,
            RoleAssignments assignments,
            UnitRepository unitRepository,
            TransactionTemplate transaction) {
        this.units = units;
        this.people = people;
        this.assignments = assignments;
        this.unitRepository = unitRepository;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (unitRepository.count() > 0) {
                return;
            }
            seed();
            log.info(
                    "Seeded the fictional sample organisation 架空市職員共済組合 ({} units, {} people)",
                    UNITS.length,
                    PEOPLE.length);
        });
    }

    private void seed() {
        Map<String, Long> unitIds = new HashMap<>();
        for (String[] u : UNITS) {
            @Nullable Long parent = u[2].isEmpty() ? null : unitIds.get(u[2]);
            unitIds.put(u[0], units.create(new UnitDraft(u[0], u[1], parent)).id());
        }
        Map<String, Long> personIds = new HashMap<>();
        for (String[] p : PEOPLE) {
            String mail = "staff-" + p[0].toLowerCase(java.util.Locale.ROOT) + "@example.jp";
            Person person =
                    people.create(new PersonDraft(p[0], p[1], p[2], mail, p[3], unitIds.get(p[4]), START, null));
            personIds.put(p[0], person.id());
        }
        for (String[] r : ROLES) {
            @Nullable Long scope = r[2].isEmpty() ? null : unitIds.get(r[2]);
            assignments.assign(new RoleAssignmentDraft(personIds.get(r[0]), Role.valueOf(r[1]), scope, START, null));
        }
        // history: a CSIRT assignment that ended, and a leaver whose last day has passed
        RoleAssignment former =
                assignments.assign(new RoleAssignmentDraft(personIds.get("D0012"), Role.CSIRT, null, START, null));
        assignments.end(former.id(), LocalDate.of(2025, 3, 31));
        people.deactivate(personIds.get("D0029"), LocalDate.of(2025, 3, 31));
    }
}
