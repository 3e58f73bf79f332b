package org.onestop.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@Import({ProblemAdvice.class, BoundedBodies.class, VersionETags.class})
@EnableConfigurationProperties(BodyBoundsProperties.class)
public class WebPlumbing {

    /** Texts of request bodies in NFC, single lines trimmed ({@link TypedText}). */
    @Bean
    JacksonModule typedText() {
        return TypedText.module();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    FilterRegistrationBean<CorrelationAndChannelFilter> correlationAndChannelFilter(ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new CorrelationAndChannelFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryGuardFilter> queryGuardFilter(ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new QueryGuardFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(ProblemWriter problems, BodyBoundsProperties bounds) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(problems, bounds));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
