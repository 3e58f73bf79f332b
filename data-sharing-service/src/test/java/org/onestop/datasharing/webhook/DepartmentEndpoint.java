package org.onestop.datasharing.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A department's system on loopback receiving the platform's webhooks: it keeps a call only when its
 * X-OneStop-Signature is the HMAC-SHA256, under the secret it was given, of the timestamp, a dot and the body
 * (computed here on its own), and answers 401 otherwise; it can be told to fail its next calls.
 */
final class DepartmentEndpoint implements AutoCloseable {

    /** A call the endpoint accepted. */
    record Call(String eventId, String eventType, String body) {
    }

    private final HttpServer server;
    private final List<Call> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile String secret = "";
    private volatile int failureStatus = 500;

    DepartmentEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void trust(String secret) {
        this.secret = secret;
    }

    /** The next {@code calls} calls are answered with this status. */
    void failNext(int calls, int status) {
        failureStatus = status;
        failNext.set(calls);
    }

    List<Call> accepted() {
        return accepted;
    }

    int refusedSignatures() {
        return refused.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        String timestamp = headers.getFirst("X-OneStop-Timestamp");
        String signature = headers.getFirst("X-OneStop-Signature");
        int status;
        if (timestamp == null || signature == null || !MessageDigest.isEqual(
                expected(timestamp, body).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            refused.incrementAndGet();
            status = 401;
        } else if (failNext.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            status = failureStatus;
        } else {
            accepted.add(new Call(headers.getFirst("X-OneStop-Event-Id"), headers.getFirst("X-OneStop-Event-Type"), body));
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String expected(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
