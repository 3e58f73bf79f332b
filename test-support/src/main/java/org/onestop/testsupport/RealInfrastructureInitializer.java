package org.onestop.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a service under test at a fresh database, the test broker and the test token issuer. */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        TestPropertyValues.of(
                "spring.datasource.url=" + RealInfrastructure.newDatabase(application),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.kafka.bootstrap-servers=" + RealInfrastructure.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
                "onestop.security.tokens.issuers.test.issuer=" + TestTokens.ISSUER,
                "onestop.security.tokens.issuers.test.jwk-set-uri=" + TestTokens.jwkSetUri(),
                "onestop.outbox.poll-interval=100ms",
                "onestop.outbox.leader-retry-interval=200ms"
        ).applyTo(context);
    }
}
