package org.onestop.processing.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onestop.testsupport.SettableClock;
import tools.jackson.databind.json.JsonMapper;

/** Processing's own token from a real HTTP token endpoint: obtained by HTTP Basic, kept, renewed before expiry. */
class ServiceTokenTest {

    private static final String SECRET = "s3cret+with/odd=chars";
    private final SettableClock clock = new SettableClock();
    private final Instant start = Instant.parse("2026-12-01T02:00:00Z");
    private TokenEndpointStub endpoint;

    @AfterEach
    void stopEndpoint() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    private ServiceToken tokenFor(String url, String clientId, String secret) {
        var properties = new RegistryProperties(Duration.ofSeconds(1), Duration.ofSeconds(2), url, clientId, secret,
                Duration.ofMinutes(1), 100);
        clock.set(start);
        return new ServiceToken(properties, JsonMapper.builder().build(), clock);
    }

    @Test
    void theTokenIsObtainedByHttpBasicAndKeptUntilAMinuteBeforeItExpires() {
        endpoint = TokenEndpointStub.start("onestop-processing", SECRET, 1800);
        ServiceToken token = tokenFor(endpoint.url(), "onestop-processing", SECRET);

        ServiceToken.Attempt first = token.current();
        clock.set(start.plusSeconds(1800 - 61));
        ServiceToken.Attempt stillGood = token.current();

        assertThat(first.obtained()).isTrue();
        assertThat(first.token()).isEqualTo(endpoint.issued().get(0));
        assertThat(endpoint.basicCredentials()).containsExactly("onestop-processing:" + SECRET);
        assertThat(stillGood.token()).isEqualTo(first.token());
        assertThat(endpoint.issued()).hasSize(1);

        clock.set(start.plusSeconds(1800 - 59));
        assertThat(token.current().obtained()).isTrue();
        assertThat(endpoint.issued()).as("renewed within the last minute").hasSize(2);
    }

    @Test
    void aShortLivedTokenIsRenewedHalfwayThrough() {
        endpoint = TokenEndpointStub.start("onestop-processing", SECRET, 60);
        ServiceToken token = tokenFor(endpoint.url(), "onestop-processing", SECRET);

        token.current();
        clock.set(start.plusSeconds(29));
        token.current();
        assertThat(endpoint.issued()).hasSize(1);
        clock.set(start.plusSeconds(30));
        token.current();
        assertThat(endpoint.issued()).hasSize(2);
    }

    @Test
    void refusedCredentialsAndAnUnreachablePortalAreFailedAttemptsWithTheReason() {
        endpoint = TokenEndpointStub.start("onestop-processing", SECRET, 1800);

        ServiceToken.Attempt refused = tokenFor(endpoint.url(), "onestop-processing", "wrong").current();
        String closed = endpoint.url();
        endpoint.stop();
        endpoint = null;
        ServiceToken.Attempt unreachable = tokenFor(closed, "onestop-processing", SECRET).current();

        assertThat(refused.obtained()).isFalse();
        assertThat(refused.failure()).isEqualTo("the portal answered 401 invalid_client");
        assertThat(unreachable.obtained()).isFalse();
        assertThat(unreachable.failure()).contains("ConnectException");
    }

    @Test
    void withoutAClientIdOrSecretNothingIsConfigured() {
        assertThat(tokenFor("http://127.0.0.1:9/token", "", SECRET).configured()).isFalse();
        assertThat(tokenFor("http://127.0.0.1:9/token", "onestop-processing", null).configured()).isFalse();
        assertThat(tokenFor("http://127.0.0.1:9/token", "onestop-processing", SECRET).configured()).isTrue();
    }
}
