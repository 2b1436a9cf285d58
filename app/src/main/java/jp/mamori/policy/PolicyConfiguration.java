package jp.mamori.policy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link PolicySettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicySettings.class)
class PolicyConfiguration {}
