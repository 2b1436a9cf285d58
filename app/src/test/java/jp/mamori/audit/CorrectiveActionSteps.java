package jp.mamori.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.springframework.test.web.servlet.MockMvc;

/** The unit's side of a corrective action through its pages, as the unit's 情報セキュリティ管理者 takes it. */
final class CorrectiveActionSteps {
    private CorrectiveActionSteps() {}

    /**
     * The manager plans the fix (due 30 days after today), notes what was done and reports it done;
     * each step is answered with a redirect.
     */
    static void fixed(MockMvc mvc, long action, CurrentUser manager, String plan, String note) throws Exception {
        mvc.perform(post("/corrective-actions/" + action + "/plan")
                        .param("plan", plan)
                        .param("dueDate", TestClock.today().plusDays(30).toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/corrective-actions/" + action + "/notes")
                        .param("note", note)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/corrective-actions/" + action + "/done").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
    }
}
