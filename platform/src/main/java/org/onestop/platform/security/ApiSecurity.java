package org.onestop.platform.security;

import org.onestop.platform.web.ProblemWriter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Each service checks the bearer token itself (the gateway's check is not trusted alone): a
 * stateless resource server whose {@code roles} claim becomes {@code ROLE_*} authorities, with
 * 401 and 403 answered as problem+json.
 */
public final class ApiSecurity {

    private static final String[] ALWAYS_PUBLIC = {
            "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
            "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    public static SecurityFilterChain filterChain(HttpSecurity http, SecurityPaths paths, ProblemWriter problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required");
        AccessDeniedHandler denied = (request, response, e) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_PUBLIC).permitAll();
                    if (!paths.publicPaths().isEmpty()) {
                        requests.requestMatchers(paths.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    if (!paths.publicGetPaths().isEmpty()) {
                        requests.requestMatchers(HttpMethod.GET, paths.publicGetPaths().toArray(String[]::new)).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied));
        return http.build();
    }

    static JwtAuthenticationConverter rolesFromClaim() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private ApiSecurity() {
    }
}
