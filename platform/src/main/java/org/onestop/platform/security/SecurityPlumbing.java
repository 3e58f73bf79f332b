package org.onestop.platform.security;

import java.time.Clock;
import java.util.Map;
import org.onestop.platform.web.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SecurityPaths.class, TokenIssuers.class})
public class SecurityPlumbing {

    /** Tokens of the configured issuers only, each checked with its own key set ({@link IssuerJwtDecoder}). */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(TokenIssuers issuers) {
        // tokens come from other processes: judged by the real time, whatever clock this service keeps for its rules
        return IssuerJwtDecoder.of(issuers, Map.of(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityPaths paths, ProblemWriter problems) throws Exception {
        return ApiSecurity.filterChain(http, paths, problems);
    }
}
