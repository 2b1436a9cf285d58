package jp.mamori.incident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring wiring of the incident module: settings and the statutory rules built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentSettings.class)
class IncidentConfiguration {
    @Bean
    ReportingRules reportingRules(IncidentSettings settings) {
        return ReportingRules.defaults(settings.thresholds());
    }
}
