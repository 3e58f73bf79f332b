package org.onestop.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A client of the platform's only entrance, the gateway, speaking JSON as the web and mobile clients do. */
final class Gateway {

    static final String DEMO_PASSWORD = "onestop-demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What came back: status, content type and the body as JSON (a missing node when it is not JSON). */
    record Response(int status, String contentType, JsonNode json, String body) {

        String text(String field) {
            return json.path(field).asString();
        }

        boolean isProblem(int expectedStatus) {
            return status == expectedStatus && contentType.startsWith("application/problem+json")
                    && json.path("status").asInt() == expectedStatus;
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs a demo account in and returns its bearer token. */
    String signIn(String username) {
        Response response = post("/api/portal/v1/auth/token", null,
                Map.of("username", username, "password", DEMO_PASSWORD), Map.of());
        assertThat(response.status()).as("sign-in of %s: %s", username, response.body()).isEqualTo(200);
        return response.text("accessToken");
    }

    Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    Response post(String path, String token, Object body, Map<String, String> headers) {
        return postRaw(path, token, JSON.writeValueAsString(body), headers);
    }

    Response put(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /**
     * Uploads one file as {@code multipart/form-data}, as a browser form does: the text fields
     * first, then the file part named {@code file}.
     */
    Response upload(String path, String token, Map<String, String> fields, String fileName, String contentType,
                    byte[] content) {
        String boundary = "onestop-e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the body as it is, even when it is not valid JSON. */
    Response postRaw(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Any method, a body sent as it is (null: none), these headers: for requests no client should make. */
    Response exchange(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** The response headers of a GET, with its status. */
    java.net.http.HttpHeaders headersOf(String path, String token) {
        try {
            return client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new IllegalStateException("The gateway at " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Response(response.statusCode(), contentType, parse(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The gateway at " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body.isBlank() ? "{}" : body);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }
}
