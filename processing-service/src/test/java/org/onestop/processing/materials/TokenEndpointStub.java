package org.onestop.processing.materials;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onestop.testsupport.TestTokens;

/**
 * A real HTTP server on a random port playing the portal's token endpoint as docs/api-reference.md
 * documents it: {@code POST /api/portal/v1/auth/token} with {@code grant_type=client_credentials}
 * and the client by HTTP Basic answers {@code {access_token, token_type, expires_in}} with a
 * DEPARTMENT_SYSTEM token signed by {@link TestTokens} (which the services under test accept), and
 * 401 {@code invalid_client} for any other client or secret.
 */
public final class TokenEndpointStub {

    static final String PATH = "/api/portal/v1/auth/token";

    private final String clientId;
    private final String clientSecret;
    private final long expiresIn;
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final List<String> basicCredentials = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private TokenEndpointStub(String clientId, String clientSecret, long expiresIn) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.expiresIn = expiresIn;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(PATH, this::answer);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands tokens good for {@code expiresIn} seconds to the client with this id and secret. */
    public static TokenEndpointStub start(String clientId, String clientSecret, long expiresIn) {
        return new TokenEndpointStub(clientId, clientSecret, expiresIn);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Every token handed out so far, oldest first. */
    public List<String> issued() {
        return List.copyOf(issued);
    }

    /** The {@code id:secret} pairs presented by HTTP Basic, decoded. */
    public List<String> basicCredentials() {
        return List.copyOf(basicCredentials);
    }

    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (!"POST".equals(exchange.getRequestMethod()) || !contentType.startsWith("application/x-www-form-urlencoded")
                || !form.equals("grant_type=client_credentials")) {
            RegistryStub.send(exchange, 400, "{\"status\":400,\"error\":\"invalid_request\"}");
            return;
        }
        String pair = authorization.startsWith("Basic ")
                ? new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8) : "";
        int colon = pair.indexOf(':');
        String id = colon < 0 ? "" : URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
        String secret = colon < 0 ? "" : URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
        basicCredentials.add(id + ":" + secret);
        if (!id.equals(clientId) || !secret.equals(clientSecret)) {
            RegistryStub.send(exchange, 401, "{\"status\":401,\"title\":\"Unauthorized\",\"error\":\"invalid_client\"}");
            return;
        }
        String token = TestTokens.issue(clientId, clientId, "业务办理系统", List.of("DEPARTMENT_SYSTEM"),
                TestTokens.DEPARTMENT, TestTokens.REGION);
        issued.add(token);
        RegistryStub.send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
    }
}
