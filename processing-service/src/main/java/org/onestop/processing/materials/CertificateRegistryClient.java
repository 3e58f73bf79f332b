package org.onestop.processing.materials;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import org.onestop.processing.materials.domain.RegistryAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks data-sharing's registry ({@code GET /api/data-sharing/v1/certificates/{number}/verification})
 * about one certificate, with connect and read timeouts and the {@code data-sharing-registry}
 * circuit breaker. It never throws: a registry that is down, slow, failing (5xx), refusing our
 * credentials or behind an open breaker is an {@link RegistryAnswer#unreachable unreachable} answer
 * with the reason, and the material is checked again later.
 */
@Component
class CertificateRegistryClient {

    static final String BREAKER = "data-sharing-registry";
    private static final Logger log = LoggerFactory.getLogger(CertificateRegistryClient.class);

    private final RestClient http;
    private final String baseUrl;
    private final CircuitBreaker breaker;
    private final JsonMapper json;

    CertificateRegistryClient(@Value("${onestop.services.data-sharing}") String baseUrl, RegistryProperties properties,
                              CircuitBreakerRegistry breakers, JsonMapper json) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.baseUrl = baseUrl;
        this.breaker = breakers.circuitBreaker(BREAKER);
        this.json = json;
    }

    /** The registry's verdict on the certificate, asked with {@code bearerToken}. */
    RegistryAnswer verify(String certificateNumber, String bearerToken) {
        URI uri = UriComponentsBuilder.fromUriString(baseUrl)
                .path("/api/data-sharing/v1/certificates/{number}/verification")
                .buildAndExpand(certificateNumber).encode().toUri();
        try {
            return breaker.executeSupplier(() -> ask(uri, bearerToken));
        } catch (CallNotPermittedException e) {
            return RegistryAnswer.unreachable("circuit breaker open after repeated failures");
        } catch (RegistryDown e) {
            log.warn("Certificate registry not reached for a verification: {}", e.getMessage());
            return RegistryAnswer.unreachable(e.getMessage());
        }
    }

    /** One call; failures that say the registry is unwell are thrown, so that the breaker counts them. */
    private RegistryAnswer ask(URI uri, String bearerToken) {
        try {
            return http.get().uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.value() == 404) {
                            return RegistryAnswer.unknown();
                        }
                        if (status.is5xxServerError()) {
                            throw new RegistryDown("registry answered " + status.value());
                        }
                        if (!status.is2xxSuccessful()) {
                            // 401/403: our credentials, not the certificate; tried again later.
                            return RegistryAnswer.unreachable("registry refused the call (" + status.value() + ")");
                        }
                        JsonNode body = json.readTree(response.getBody());
                        return RegistryAnswer.verdict(body.path("valid").asBoolean(false),
                                body.path("status").asText(""), body.path("reason").asText(""),
                                body.hasNonNull("holderId") ? body.get("holderId").asText() : null);
                    });
        } catch (RestClientException e) {
            throw new RegistryDown(e.getMostSpecificCause().getClass().getSimpleName() + ": "
                    + e.getMostSpecificCause().getMessage());
        } catch (JacksonException e) {
            throw new RegistryDown("unreadable answer: " + e.getOriginalMessage());
        }
    }

    private static final class RegistryDown extends RuntimeException {
        RegistryDown(String message) {
            super(message);
        }
    }
}
