package jp.mamori.premises;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@link PremisesSettings}. */
@Configuration
@EnableConfigurationProperties(PremisesSettings.class)
class PremisesConfiguration {}
