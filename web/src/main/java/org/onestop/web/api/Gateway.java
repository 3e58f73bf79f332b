package org.onestop.web.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The website's one way to the platform: JSON calls through the gateway, with the person's token,
 * channel and the page's correlation id. A 4xx answer becomes an {@link ApiProblem} (with its field
 * errors), a 5xx or no answer in time a {@link ServiceUnavailable}.
 */
@Component
public class Gateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    Gateway(WebProperties properties) {
        var client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.gatewayUrl().toString()).requestFactory(requests).build();
    }

    /** GETs a path with query parameters (those with a null or blank value are left out). */
    public JsonNode get(String path, Map<String, ?> query, Caller caller) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (value != null && !String.valueOf(value).isBlank()) {
                values.put(name, value);
            }
        });
        return call(caller, () -> http.get().uri(builder -> withQuery(builder.path(path), values).build(values))
                .headers(headers -> headersOf(headers, caller))
                .exchange((request, response) -> read(response, caller)));
    }

    public JsonNode get(String path, Caller caller) {
        return get(path, Map.of(), caller);
    }

    /** POSTs a JSON body (may be null for an empty object). */
    public JsonNode post(String path, Object body, Caller caller) {
        return send("POST", path, body, Map.of(), caller);
    }

    public JsonNode post(String path, Object body, Map<String, String> extraHeaders, Caller caller) {
        return send("POST", path, body, extraHeaders, caller);
    }

    public JsonNode put(String path, Object body, Caller caller) {
        return send("PUT", path, body, Map.of(), caller);
    }

    public JsonNode put(String path, Object body, Map<String, String> extraHeaders, Caller caller) {
        return send("PUT", path, body, extraHeaders, caller);
    }

    public JsonNode delete(String path, Caller caller) {
        return call(caller, () -> http.delete().uri(path)
                .headers(headers -> headersOf(headers, caller))
                .exchange((request, response) -> read(response, caller)));
    }

    /** POSTs one file as {@code multipart/form-data} with text fields, as a browser's upload would be passed on. */
    public JsonNode postFile(String path, Map<String, String> fields, String fileField, String fileName,
                             String contentType, byte[] content, Caller caller) {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        fields.forEach(parts::add);
        var fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(contentType == null || contentType.isBlank()
                ? MediaType.APPLICATION_OCTET_STREAM_VALUE : contentType));
        fileHeaders.setContentDispositionFormData(fileField, fileName);
        parts.add(fileField, new org.springframework.http.HttpEntity<>(content, fileHeaders));
        return call(caller, () -> http.post().uri(path)
                .headers(headers -> headersOf(headers, caller))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> read(response, caller)));
    }

    /** A file the platform serves (a material), as it came: its type and bytes; a refusal is an {@link ApiProblem}. */
    public Download download(String path, Caller caller) {
        return call(caller, () -> http.get().uri(path)
                .headers(headers -> {
                    headersOf(headers, caller);
                    headers.setAccept(java.util.List.of(MediaType.ALL));
                })
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        read(response, caller);
                    }
                    MediaType type = response.getHeaders().getContentType();
                    return new Download(type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString(),
                            StreamUtils.copyToByteArray(response.getBody()));
                }));
    }

    /** A downloaded file. */
    public record Download(String contentType, byte[] content) {
    }

    private JsonNode send(String method, String path, Object body, Map<String, String> extraHeaders, Caller caller) {
        return call(caller, () -> http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .headers(headers -> {
                    headersOf(headers, caller);
                    extraHeaders.forEach(headers::set);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? Map.of() : body)
                .exchange((request, response) -> read(response, caller)));
    }

    private static <T> T call(Caller caller, java.util.function.Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (ResourceAccessException e) {
            throw new ServiceUnavailable("The platform did not answer in time", caller.correlationId(), e);
        }
    }

    /** Values go in as URI variables, so they are encoded strictly ({@code &}, {@code +} and Chinese alike). */
    private static UriBuilder withQuery(UriBuilder builder, Map<String, Object> values) {
        values.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder;
    }

    private static void headersOf(HttpHeaders headers, Caller caller) {
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (caller.accessToken() != null) {
            headers.setBearerAuth(caller.accessToken());
        }
        if (caller.channel() != null) {
            headers.set("X-Channel", caller.channel());
        }
        if (caller.correlationId() != null) {
            headers.set("X-Correlation-Id", caller.correlationId());
        }
        if (caller.clientAddress() != null) {
            headers.set("X-Forwarded-For", caller.clientAddress());
        }
    }

    private static JsonNode read(ClientHttpResponse response, Caller caller) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        String text = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
        JsonNode body = text.isBlank() ? JSON.createObjectNode() : parse(text);
        String correlationId = body.path("correlationId").asString(
                response.getHeaders().getFirst("X-Correlation-Id") == null ? caller.correlationId()
                        : response.getHeaders().getFirst("X-Correlation-Id"));
        if (status.is5xxServerError()) {
            throw new ServiceUnavailable("The platform answered " + status.value(), correlationId, null);
        }
        if (status.is4xxClientError()) {
            Map<String, String> fields = new LinkedHashMap<>();
            body.path("errors").forEach(error -> fields.putIfAbsent(error.path("field").asString(""),
                    error.path("message").asString("")));
            Map<String, Object> properties = new LinkedHashMap<>();
            body.properties().forEach(entry -> {
                if (entry.getValue().isValueNode()) {
                    properties.put(entry.getKey(), entry.getValue().asString());
                }
            });
            throw new ApiProblem(status.value(), body.path("detail").asString(""), correlationId, fields, properties);
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }
}
