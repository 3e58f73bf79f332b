package org.onestop.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.portal.ratelimit.AttemptLimits;
import org.onestop.portal.ratelimit.TooManyAttempts;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The progress inquiry's attempt limit is one limit for all replicas: two ProgressInquiry objects (two "instances",
 * each with its own clock and its own AttemptLimits) over the same PostgreSQL share it.
 */
@ServiceIntegrationTest
class SharedProgressLimitIT {

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final ApplicationProperties properties;
    private final SettableClock firstClock = new SettableClock();
    private final SettableClock secondClock = new SettableClock();

    @Autowired
    SharedProgressLimitIT(JdbcClient jdbc, ApplicationRepository applications, ApplicationProperties properties) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.properties = properties;
    }

    @Test
    void theLimitHoldsAcrossTwoInstancesAndANewWindowResetsIt() {
        ProgressInquiry first = new ProgressInquiry(applications, properties, new AttemptLimits(jdbc, firstClock));
        ProgressInquiry second = new ProgressInquiry(applications, properties, new AttemptLimits(jdbc, secondClock));
        Instant start = Instant.parse("2030-01-01T00:00:00Z").plusSeconds((long) (Math.random() * 1_000_000));
        firstClock.set(start);
        secondClock.set(start.plusSeconds(1));
        String number = "330100-20990101-" + UUID.randomUUID();
        String client = "client-" + UUID.randomUUID();
        int limit = properties.inquiryAttempts();

        for (int attempt = 0; attempt < limit; attempt++) {
            ProgressInquiry instance = attempt % 2 == 0 ? first : second;
            assertThatThrownBy(() -> instance.inquire(number, "GUESS234", client)).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> first.inquire(number, "GUESS234", client))
                .as("the attempt after the limit, on either instance")
                .isInstanceOfSatisfying(TooManyAttempts.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(429);
                    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                            .isEqualTo(Long.toString(properties.inquiryWindow().toSeconds()));
                });
        assertThatThrownBy(() -> second.inquire(number, "GUESS234", client)).isInstanceOf(TooManyAttempts.class);
        assertThatThrownBy(() -> second.inquire("330100-20990101-" + UUID.randomUUID(), "GUESS234", client))
                .as("another tracking number has its own limit").isInstanceOf(NotFoundException.class);

        secondClock.set(start.plus(properties.inquiryWindow()).plusSeconds(1));
        assertThatThrownBy(() -> second.inquire(number, "GUESS234", client))
                .as("a new window starts afresh").isInstanceOf(NotFoundException.class);
        firstClock.set(start.plus(properties.inquiryWindow()).plusSeconds(2));
        for (int attempt = 1; attempt < limit; attempt++) {
            assertThatThrownBy(() -> first.inquire(number, "GUESS234", client)).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> first.inquire(number, "GUESS234", client)).isInstanceOf(TooManyAttempts.class);
    }

    @Test
    void endedWindowsArePurgedAndTheKeyIsKeptOnlyAsAHash() {
        SettableClock clock = new SettableClock();
        AttemptLimits limits = new AttemptLimits(jdbc, clock);
        String key = "330100-20990101-" + UUID.randomUUID();
        clock.set(Instant.parse("2020-01-01T00:00:00Z"));
        limits.count("purge-test", key, 5, Duration.ofMinutes(15), "too many");
        assertThat(jdbc.sql("select count(*) from attempt_window where key_hash like ?").param("%" + key + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from attempt_window where scope = 'purge-test'").query(Long.class).single())
                .isEqualTo(1);

        clock.set(Instant.parse("2020-01-01T00:16:00Z"));
        assertThat(limits.purgeEnded()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attempt_window where scope = 'purge-test'").query(Long.class).single())
                .isZero();
    }
}
