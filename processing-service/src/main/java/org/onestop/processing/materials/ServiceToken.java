package org.onestop.processing.materials;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processing's own access token (role DEPARTMENT_SYSTEM), obtained from the portal with the OAuth
 * 2.0 client-credentials grant (client id and secret by HTTP Basic) and kept until shortly before it
 * expires: a minute before, or half its lifetime when that is shorter. It never throws: a portal
 * that cannot be reached or refuses the credentials is a {@link Attempt#failed failed} attempt with
 * the reason, and the next check asks again.
 */
@Component
class ServiceToken {

    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ServiceToken.class);

    private final RegistryProperties properties;
    private final RestClient http;
    private final JsonMapper json;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ServiceToken(RegistryProperties properties, JsonMapper json, Clock clock) {
        // The JDK client: HttpURLConnection hides the body of a 401, and with it the portal's error code.
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Whether processing has a machine client of its own; without one, nobody-asked-for checks wait for staff. */
    boolean configured() {
        return properties.hasClient();
    }

    /** The cached token while it is good for more than a minute, else a new one from the portal. */
    synchronized Attempt current() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(renewAt)) {
            return Attempt.of(token);
        }
        token = null;
        try {
            JsonNode answer = http.post().uri(properties.tokenUrl())
                    .header(HttpHeaders.AUTHORIZATION, basic(properties.clientId(), properties.clientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body("grant_type=client_credentials")
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            JsonNode problem = readQuietly(response.getBody().readAllBytes());
                            throw new TokenRefused("the portal answered " + response.getStatusCode().value()
                                    + (problem.hasNonNull("error") ? " " + problem.get("error").asText() : ""));
                        }
                        return json.readTree(response.getBody());
                    });
            String issued = answer.path("access_token").asText("");
            if (issued.isBlank()) {
                return failed("the portal's answer has no access_token");
            }
            long lifetime = answer.path("expires_in").asLong(0);
            Duration early = Duration.ofSeconds(Math.min(RENEW_BEFORE_EXPIRY.toSeconds(), lifetime / 2));
            token = issued;
            renewAt = now.plusSeconds(lifetime).minus(early);
            return Attempt.of(issued);
        } catch (TokenRefused e) {
            return failed(e.getMessage());
        } catch (RestClientException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return failed(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (JacksonException e) {
            return failed("unreadable answer from the portal: " + e.getOriginalMessage());
        }
    }

    private Attempt failed(String why) {
        log.warn("No service token from the portal ({}): {}", properties.tokenUrl(), why);
        return new Attempt(null, why);
    }

    private JsonNode readQuietly(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    /** RFC 6749 section 2.3.1: the id and secret form-urlencoded, then base64. */
    private static String basic(String clientId, String clientSecret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A token, or why there is none.
     *
     * @param token   the bearer token; null when it could not be had
     * @param failure why not
     */
    record Attempt(String token, String failure) {

        static Attempt of(String token) {
            return new Attempt(token, null);
        }

        boolean obtained() {
            return token != null;
        }
    }

    private static final class TokenRefused extends RuntimeException {
        TokenRefused(String message) {
            super(message);
        }
    }
}
