package org.onestop.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real HTTP server standing in for the services and the portal's JWKS endpoint. It records what
 * it received and counts hits per "METHOD path".
 */
final class TestBackend implements AutoCloseable {

    /** The policy the website's pages come with at {@code /page}. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'none'";
    static final String FLAKY_ERROR = "{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"from the backend\"}";

    record Received(Headers headers, int bodyLength) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Received> lastReceived = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch slowResponsesReleased = new CountDownLatch(1);

    TestBackend(String jwks) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, jwks));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Sends every route of the gateway (the four services and the website) here, and takes the token keys from here. */
    void serveEveryRoute(DynamicPropertyRegistry registry) {
        for (String route : List.of("portal", "management", "processing", "data-sharing", "web")) {
            registry.add("onestop.services." + route, () -> uri().toString());
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> uri() + "/jwks");
    }

    Received lastReceived(String path) {
        return lastReceived.get(path);
    }

    int hits(String method, String path) {
        AtomicInteger count = hits.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    /** An address where nothing listens: connections are refused. */
    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private void handle(HttpExchange exchange, String jwks) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(exchange.getRequestMethod() + " " + path, key -> new AtomicInteger()).incrementAndGet();
        int bodyLength;
        try (InputStream body = exchange.getRequestBody()) {
            bodyLength = body.readAllBytes().length;
        }
        lastReceived.put(path, new Received(exchange.getRequestHeaders(), bodyLength));
        switch (path) {
            case "/jwks" -> respond(exchange, 200, "application/json", jwks);
            case "/v3/api-docs" -> respond(exchange, 200, "application/json", "{\"openapi\":\"3.1.0\"}");
            case "/page" -> {
                exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
                respond(exchange, 200, "text/html;charset=utf-8", "<!DOCTYPE html><title>page</title>");
            }
            case "/api/management/v1/flaky" -> respond(exchange, 503, "application/problem+json", FLAKY_ERROR);
            case "/api/processing/v1/slow" -> {
                awaitRelease();
                respond(exchange, 200, "application/json", "{\"late\":true}");
            }
            default -> respond(exchange, 200, "application/json", "{\"path\":\"" + path + "\"}");
        }
    }

    private void awaitRelease() {
        try {
            slowResponsesReleased.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Lets every held {@code /api/processing/v1/slow} request (and every later one) answer. */
    void releaseSlowResponses() {
        slowResponsesReleased.countDown();
    }

    @Override
    public void close() {
        releaseSlowResponses();
        server.stop(0);
        executor.shutdownNow();
    }
}
