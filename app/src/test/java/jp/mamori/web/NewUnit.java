package jp.mamori.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jp.mamori.testing.Html;
import jp.mamori.testing.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A new unit sent by the CISO, through the form or the API: the sample input the text-input tests
 * put bad characters into.
 */
final class NewUnit {
    private NewUnit() {}

    /** The unit form posted with this code and name. */
    static MockHttpServletRequestBuilder form(String code, String name) {
        return Html.form("/units").param("code", code).param("name", name).with(TestUsers.ciso());
    }

    /** The unit API called with this code and a name written as JSON text (its escapes left to the reader). */
    static MockHttpServletRequestBuilder json(String code, String jsonName) {
        return post("/api/v1/units")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"" + jsonName + "\"}")
                .with(TestUsers.ciso());
    }
}
