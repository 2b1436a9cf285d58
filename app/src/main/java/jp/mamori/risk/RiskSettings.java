package jp.mamori.risk;

import jp.mamori.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the risk register ({@code mamori.risks.*}).
 *
 * @param acceptor the role whose holder accepts residual risks (default CISO)
 */
@ConfigurationProperties("mamori.risks")
record RiskSettings(@DefaultValue("CISO") Role acceptor) {
    RiskSettings {
        if (acceptor == Role.STAFF || acceptor == Role.AUDITOR) {
            throw new IllegalArgumentException("mamori.risks.acceptor must be a role that decides: " + acceptor);
        }
    }
}
