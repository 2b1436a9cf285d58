package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The REST API for units and people: paging, create, update, 400 with fields, 403, 404. */
@MamoriSpringTest
class OrganizationApiTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    OrgFixtures fx;
    Unit office;

    @BeforeEach
    void tree() {
        fx = new OrgFixtures(units, people);
        office = fx.unit("事務局", null);
    }

    @Test
    void the_unit_list_is_paged_with_items_page_size_and_total() throws Exception {
        fx.unit("総務課", office);
        fx.unit("保険課", office);
        mvc.perform(get("/api/v1/units").param("page", "0").param("size", "2").with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(3)));
    }

    @Test
    void a_unit_is_created_read_and_updated() throws Exception {
        String code = OrgFixtures.unique("A");
        String location = mvc.perform(post("/api/v1/units")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"年金課\",\"parentId\":" + office.id() + "}")
                        .with(TestUsers.ciso()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.parentId").value(office.id()))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"年金福祉課\",\"parentId\":null}")
                        .with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("年金福祉課"));
        mvc.perform(get(location).with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").doesNotExist());
    }

    @Test
    void a_person_is_created_with_iso_dates_and_found_by_filter() throws Exception {
        String staffNumber = OrgFixtures.unique("S");
        mvc.perform(post("/api/v1/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"staffNumber":"%s","name":"見本 花子","kana":"ﾐﾎﾝ ﾊﾅｺ","email":"hanako@example.jp",
                                 "category":"会計年度任用職員","unitId":%d,"inPostFrom":"2024-04-01","inPostTo":"2025-03-31"}
                                """.formatted(staffNumber, office.id()))
                        .with(TestUsers.ciso()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/people/")))
                .andExpect(jsonPath("$.kana").value("ミホン\u3000ハナコ"))
                .andExpect(jsonPath("$.inPostFrom").value("2024-04-01"))
                .andExpect(jsonPath("$.inPostTo").value("2025-03-31"));
        mvc.perform(get("/api/v1/people")
                        .param("q", staffNumber)
                        .param("unitId", Long.toString(office.id()))
                        .with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].staffNumber").value(staffNumber))
                .andExpect(jsonPath("$.items[0].category").value("会計年度任用職員"));
    }

    /** The update of a person to a 派遣職員 in the office, with the name, kana and mail given. */
    private MockHttpServletRequestBuilder asTemp(Person person, String name, String kana, @Nullable String email) {
        return put("/api/v1/people/{id}", person.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"staffNumber":"%s","name":"%s","kana":"%s","email":%s,
                         "category":"派遣職員","unitId":%d,"inPostFrom":"2024-04-01"}
                        """.formatted(
                        person.staffNumber(), name, kana, email == null ? "null" : '"' + email + '"', office.id()));
    }

    @Test
    void a_person_update_changes_the_person() throws Exception {
        Person person = fx.person("見本 太郎", office);
        mvc.perform(asTemp(person, "見本 太郎", "ミホン タロウ", "taro@example.jp").with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("派遣職員"))
                .andExpect(jsonPath("$.email").value("taro@example.jp"));
    }

    @Test
    void invalid_fields_are_a_400_naming_each_field() throws Exception {
        mvc.perform(post("/api/v1/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"staffNumber":"","name":"見本 太郎","kana":"Taro","email":"x@example.jp",
                                 "category":"職員","unitId":%d,"inPostFrom":"2024-13-01"}
                                """.formatted(office.id()))
                        .with(TestUsers.ciso()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("inPostFrom", "staffNumber", "kana")))
                .andExpect(jsonPath("$.errors[?(@.field=='kana')].message").value("フリガナはカタカナで入力してください。"));
    }

    /** The handlers' rule (method security) refuses before anything is written. */
    @Test
    void a_staff_member_may_change_neither_a_person_nor_a_unit() throws Exception {
        Person person = fx.person("見本 花子", office);
        mvc.perform(asTemp(person, "見本 花子", "ミホン ハナコ", null).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/units/{id}", office.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + office.code() + "\",\"name\":\"乗っ取り\"}")
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        assertThat(people.get(person.id()).category()).isNotEqualTo("派遣職員");
        assertThat(units.get(office.id()).name()).isEqualTo("事務局");
    }

    @Test
    void an_unknown_id_is_a_404() throws Exception {
        mvc.perform(get("/api/v1/units/{id}", 987_654_321L).with(TestUsers.staff()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", 987_654_321L).with(TestUsers.staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_staff_member_may_read_but_not_create_units_or_people() throws Exception {
        mvc.perform(post("/api/v1/units")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + OrgFixtures.unique("X") + "\",\"name\":\"x\"}")
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + office.id() + "}")
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }
}
