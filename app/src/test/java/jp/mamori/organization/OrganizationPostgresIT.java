package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation's SQL on a real PostgreSQL: migration, recursive unit query, filtered paging, grants, import. */
class OrganizationPostgresIT extends PostgresApplicationTest {
    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    RoleAssignments assignments;

    @Autowired
    Directory directory;

    @Autowired
    UnitHierarchy hierarchy;

    @Autowired
    OrganizationImport importer;

    @Autowired
    MockMvc mvc;

    @Test
    void the_organisation_works_on_postgresql() throws Exception {
        OrgFixtures fx = new OrgFixtures(units, people);
        Unit office = fx.unit("事務局", null);
        Unit section = fx.unit("保険課", office);
        Unit team = fx.unit("給付係", section);
        assertThat(hierarchy.selfAndDescendants(office.id()))
                .containsExactlyInAnyOrder(office.id(), section.id(), team.id());

        Person person = fx.person("見本 太郎", team);
        assignments.assign(
                new RoleAssignmentDraft(person.id(), Role.SECURITY_OFFICER, section.id(), OrgFixtures.APRIL_1, null));
        people.deactivate(person.id(), LocalDate.of(2025, 3, 31));
        assertThat(directory.grantsOn(person.id(), LocalDate.of(2025, 3, 31)))
                .contains(new RoleGrant(Role.SECURITY_OFFICER, section.id()));
        assertThat(directory.grantsOn(person.id(), LocalDate.of(2025, 4, 1))).isEmpty();

        Table unitTable = TableReader.csv("units.csv", "部署コード,部署名,上位部署コード\nPG1,年金課," + office.code() + "\n");
        Table peopleTable = TableReader.csv(
                "people.csv",
                "職員番号,氏名,フリガナ,メールアドレス,雇用区分,所属部署コード,着任日,離任日\nPG001,試験 花子,シケン ハナコ,hanako@example.jp,職員,PG1,R6.4.1,\n");
        assertThat(importer.run(unitTable, peopleTable, false, "test").errors()).isEmpty();

        mvc.perform(get("/api/v1/people")
                        .param("unitId", Long.toString(office.id()))
                        .param("q", "しけん")
                        .param("status", "IN_POST")
                        .with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].staffNumber").value("PG001"));
        mvc.perform(get("/api/v1/people").param("status", "OUT_OF_POST").with(TestUsers.staff()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].staffNumber").value(person.staffNumber()));
    }
}
