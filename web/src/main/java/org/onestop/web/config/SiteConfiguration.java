package org.onestop.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;
import org.onestop.web.session.Visitors;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages (Chinese first, {@code ?lang=en} switches and a cookie remembers it), the channel a
 * person came through ({@code ?channel=wechat}, remembered in the session) and a correlation id
 * per page, sent on every API call and shown on error pages.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Visitors visitors;

    SiteConfiguration(Visitors visitors) {
        this.visitors = visitors;
    }

    @Bean
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("onestop-lang");
        resolver.setDefaultLocale(CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languages = new LocaleChangeInterceptor();
        languages.setParamName("lang");
        languages.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languages);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                visitors.rememberChannel(request, request.getParameter("channel"));
                return true;
            }
        });
    }

    /**
     * What the last-resort error page (error.html, for a failure no page handled) is told: Boot's
     * attributes and the request's correlation id, for the person to quote and staff to find in the logs.
     */
    @Bean
    ErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object id = request.getAttribute(Visitors.CORRELATION_ID, RequestAttributes.SCOPE_REQUEST);
                attributes.put("problemCorrelationId", id);
                Throwable error = getError(request);
                if (error != null) {
                    // the container has logged the trace; this line ties it to the id the person was shown
                    org.slf4j.LoggerFactory.getLogger(SiteConfiguration.class).error("A page failed ({}): {}", id, error.toString());
                }
                return attributes;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> correlationIds() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader("X-Correlation-Id");
                String id = given != null && given.matches("[A-Za-z0-9-]{8,64}") ? given : UUID.randomUUID().toString();
                request.setAttribute(Visitors.CORRELATION_ID, id);
                response.setHeader("X-Correlation-Id", id);
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
