package jp.mamori.incident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Spring wiring of the incident module: its settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentSettings.class)
class IncidentConfiguration {
    // the statutory rules are built per use from these settings and the plan in force
    // (IncidentService.rules()), so that a change of the plan's 速報 day count applies at once
}
