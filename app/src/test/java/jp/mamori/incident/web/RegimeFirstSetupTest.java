package jp.mamori.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jp.mamori.incident.BodyRegime;
import jp.mamori.incident.Regime;
import jp.mamori.incident.RegimeChoice;
import jp.mamori.shared.Access;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The regime chosen at first setup: in production a body-wide manager opening an incident page while
 * no regime is set or chosen is sent to the settings page; everyone else, every other case, passes.
 */
class RegimeFirstSetupTest {

    @ParameterizedTest(name = "required {0}, {1}, manager {2}, {3} → redirected {4}")
    @CsvSource(textBlock = """
            true,  NOT_CHOSEN, true,  GET,  true
            true,  NOT_CHOSEN, false, GET,  false
            true,  NOT_CHOSEN, true,  POST, false
            true,  STORED,     true,  GET,  false
            true,  SETTING,    true,  GET,  false
            false, NOT_CHOSEN, true,  GET,  false
            """)
    void only_a_manager_in_production_without_a_regime_is_sent_to_choose_it(
            boolean required, RegimeChoice.Source source, boolean manager, String method, boolean redirected)
            throws Exception {
        BodyRegime regime = mock(BodyRegime.class);
        when(regime.current()).thenReturn(new RegimeChoice(Regime.PUBLIC_BODY, source, null, null, null));
        Access access = mock(Access.class);
        when(access.isBodyWideManager()).thenReturn(manager);
        var request = new MockHttpServletRequest(method, "/incidents");
        var response = new MockHttpServletResponse();

        boolean passes = new RegimeFirstSetup(regime, access, required).preHandle(request, response, new Object());

        assertThat(passes).isEqualTo(!redirected);
        assertThat(response.getRedirectedUrl()).isEqualTo(redirected ? "/incidents/settings?firstSetup=true" : null);
    }
}
