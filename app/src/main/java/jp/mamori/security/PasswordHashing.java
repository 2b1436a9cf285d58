package jp.mamori.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Spring Security's delegating encoder. New hashes are bcrypt (cost 10) and are
 * stored with their algorithm in front ({@code {bcrypt}$2a$10$…}), so a stronger algorithm can be
 * introduced later without invalidating stored passwords. Also used in command-line contexts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class PasswordHashing {
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
