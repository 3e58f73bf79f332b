package org.onestop.web.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is looking at a page: signs people in and out against the portal's identity API, keeps their
 * tokens in the session (renewing the access token with the refresh token shortly before it
 * expires) and says on whose behalf, and through which channel, a page calls the APIs.
 */
@Component
public class Visitors {

    public static final Set<String> CHANNELS = Set.of("web", "wechat", "app", "weibo");
    static final String SIGNED_IN = "onestop.signedIn";
    static final String CHANNEL = "onestop.channel";
    public static final String CORRELATION_ID = "onestop.correlationId";
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Gateway gateway;
    private final Clock clock;

    Visitors(Gateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public Optional<SignedIn> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedIn) session.getAttribute(SIGNED_IN));
    }

    /** The caller for the page's API calls: the person's fresh access token if signed in. */
    /**
     * The signed-in person when they hold one of {@code roles}; empty when nobody is signed in (the page then sends
     * them to sign in); a 403 with {@code refusal} for someone signed in without any of them.
     */
    public Optional<SignedIn> signedInAs(HttpServletRequest request, String refusal, String... roles) {
        Optional<SignedIn> person = signedIn(request);
        if (person.isPresent() && java.util.Arrays.stream(roles).noneMatch(person.get()::hasRole)) {
            throw new ApiProblem(403, refusal, null, Map.of(), Map.of());
        }
        return person;
    }

    public Caller caller(HttpServletRequest request) {
        Optional<SignedIn> person = signedIn(request);
        if (person.isPresent() && clock.instant().isAfter(person.get().accessExpiresAt().minus(RENEW_BEFORE))) {
            person = renew(request, person.get());
        }
        return new Caller(person.map(SignedIn::accessToken).orElse(null), channelOf(request), correlationIdOf(request),
                request.getRemoteAddr());
    }

    /** Signs in with the portal (a 401 or 423 comes back as an {@link ApiProblem}); a new session id against fixation. */
    public SignedIn signIn(HttpServletRequest request, String username, String password) {
        Caller anonymous = anonymous(request);
        JsonNode tokens = gateway.post("/api/portal/v1/auth/token", Map.of("username", username, "password", password),
                anonymous);
        SignedIn person = personOf(tokens);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SIGNED_IN, person);
        return person;
    }

    /** Changes the person's password with the portal, then signs them in again with it (the change revokes every session). */
    public SignedIn changePassword(HttpServletRequest request, String currentPassword, String newPassword) {
        SignedIn person = signedIn(request).orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        gateway.post("/api/portal/v1/me/password", Map.of("currentPassword", currentPassword, "newPassword", newPassword),
                caller(request));
        return signIn(request, person.username(), newPassword);
    }

    public void signOut(HttpServletRequest request) {
        Optional<SignedIn> person = signedIn(request);
        person.ifPresent(p -> {
            try {
                gateway.post("/api/portal/v1/auth/logout", Map.of("refreshToken", p.refreshToken()),
                        anonymous(request));
            } catch (RuntimeException alreadyGone) {
                // signed out here all the same
            }
        });
        String channel = channelOf(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!"web".equals(channel)) {
            request.getSession(true).setAttribute(CHANNEL, channel);
        }
    }

    /** Remembers the channel a person came through ({@code ?channel=wechat}); web by default. */
    public void rememberChannel(HttpServletRequest request, String channel) {
        if (channel != null && CHANNELS.contains(channel)) {
            request.getSession(true).setAttribute(CHANNEL, channel);
        }
    }

    public String channelOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object channel = session == null ? null : session.getAttribute(CHANNEL);
        return channel == null ? "web" : channel.toString();
    }

    /** The caller before anyone is signed in (or while signing in and out): no token, the rest as for the person. */
    private Caller anonymous(HttpServletRequest request) {
        return new Caller(null, channelOf(request), correlationIdOf(request), request.getRemoteAddr());
    }

    private static String correlationIdOf(HttpServletRequest request) {
        Object id = request.getAttribute(CORRELATION_ID);
        return id == null ? null : id.toString();
    }

    private Optional<SignedIn> renew(HttpServletRequest request, SignedIn person) {
        try {
            JsonNode tokens = gateway.post("/api/portal/v1/auth/refresh", Map.of("refreshToken", person.refreshToken()),
                    anonymous(request));
            SignedIn renewed = personOf(tokens);
            request.getSession().setAttribute(SIGNED_IN, renewed);
            return Optional.of(renewed);
        } catch (ApiProblem refused) {
            request.getSession().removeAttribute(SIGNED_IN);
            return Optional.empty();
        }
    }

    private SignedIn personOf(JsonNode tokens) {
        String accessToken = tokens.path("accessToken").asString();
        JsonNode claims = claimsOf(accessToken);
        List<String> roles = new ArrayList<>();
        claims.path("roles").forEach(role -> roles.add(role.asString()));
        Instant expiresAt = clock.instant().plusSeconds(tokens.path("expiresIn").asLong(600));
        return new SignedIn(claims.path("sub").asString(), claims.path("preferred_username").asString(""),
                claims.path("name").asString(claims.path("preferred_username").asString("")), List.copyOf(roles),
                accessToken, expiresAt, tokens.path("refreshToken").asString(),
                tokens.path("passwordChangeRequired").asBoolean(false));
    }

    /** The token's claims, read (not verified: it came straight from the portal over the website's own call). */
    private static JsonNode claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return JSON.createObjectNode();
        }
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
