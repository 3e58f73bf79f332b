package org.onestop.gateway.security;

import org.onestop.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * JWT check at the edge: public endpoints pass without a token, everything else under
 * {@code /api/**} needs a valid bearer token (forwarded unchanged; the services check it again). What the strict
 * firewall refuses is answered by {@link FirewallRefusals}.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurity {

    @Bean
    SecurityWebFilterChain edgeSecurityFilterChain(ServerHttpSecurity http, ProblemResponses problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) ->
                problems.write(exchange, HttpStatus.FORBIDDEN, "Access to this resource is denied.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // HSTS by ResponseSecurityHeaders, which also believes a trusted proxy's X-Forwarded-Proto
                .headers(headers -> headers.hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/gateway/**").denyAll()
                        .pathMatchers(HttpMethod.POST, "/api/portal/v1/auth/token", "/api/portal/v1/auth/refresh",
                                "/api/portal/v1/auth/logout", "/api/portal/v1/registrations/natural-persons",
                                "/api/portal/v1/registrations/legal-persons").permitAll()
                        .pathMatchers("/api/portal/v1/auth/jwks").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/portal/v1/catalog/**", "/api/portal/v1/content/**",
                                "/api/portal/v1/progress").permitAll()
                        .pathMatchers("/api/*/v3/api-docs/**").permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
