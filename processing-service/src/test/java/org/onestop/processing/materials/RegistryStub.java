package org.onestop.processing.materials;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a random port playing data-sharing's certificate registry as its API
 * documents it: {@code GET /api/data-sharing/v1/certificates/{number}/verification} answers
 * {@code {"valid","status","reason","holderId"}} for a known number (or without {@code holderId}, as
 * a registry that does not name holders), 404 for an unknown one and 401 without a bearer token. It can be stopped and started again on the same port, to play a registry that is down.
 */
public final class RegistryStub {

    private static final String PREFIX = "/api/data-sharing/v1/certificates/";

    private final Map<String, String> verdicts = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private RegistryStub() {
    }

    public static RegistryStub start() {
        RegistryStub stub = new RegistryStub();
        stub.server = stub.listen(0);
        return stub;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The registry answers for {@code number} with this verdict, naming no holder. */
    public RegistryStub knows(String number, boolean valid, String status, String reason) {
        verdicts.put(number, "{\"valid\":" + valid + ",\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}");
        return this;
    }

    /** The registry answers for {@code number} as valid, naming the holder as data-sharing does. */
    public RegistryStub knowsHeldBy(String number, String holderId) {
        verdicts.put(number, "{\"valid\":true,\"status\":\"VALID\",\"reason\":\"Signed\",\"holderId\":\"" + holderId + "\"}");
        return this;
    }

    /** The Authorization headers of every call so far. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Nothing listens on the port any more: connections are refused. */
    public synchronized void stop() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        server = listen(server.getAddress().getPort());
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            http.createContext(PREFIX, this::answer);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(authorization));
        String path = exchange.getRequestURI().getPath();
        String number = path.substring(PREFIX.length()).replace("/verification", "");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\":401,\"title\":\"Unauthorized\"}");
        } else if (!"GET".equals(exchange.getRequestMethod()) || !path.endsWith("/verification")) {
            send(exchange, 404, "{\"status\":404}");
        } else if (verdicts.containsKey(number)) {
            send(exchange, 200, verdicts.get(number));
        } else {
            send(exchange, 404, "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No certificate " + number + "\"}");
        }
    }

    /** Answers with JSON: {@code application/json} for 200, problem+json otherwise. */
    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
