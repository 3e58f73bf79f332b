package org.onestop.portal.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What both providers' adapters share: their settings, an HTTP client, the clock they sign at, and JSON answers. */
abstract class HttpSmsProvider implements SmsProvider {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final SmsProperties settings;
    final HttpClient http;
    final Clock clock;
    final URI endpoint;

    HttpSmsProvider(SmsProperties settings, HttpClient http, Clock clock, URI publicEndpoint) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.endpoint = settings.endpoint().isBlank() ? publicEndpoint : URI.create(settings.endpoint());
    }

    /** The provider's JSON answer; an unreachable provider, a 5xx or an answer that is not JSON is an IOException. */
    JsonNode answerTo(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new IOException("status " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (RuntimeException unreadable) {
            throw new IOException("an answer that is not JSON", unreadable);
        }
    }
}
