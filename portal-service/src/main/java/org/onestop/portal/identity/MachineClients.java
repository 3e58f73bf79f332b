package org.onestop.portal.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.MachineClientDisabled;
import org.onestop.contracts.portal.MachineClientRegistered;
import org.onestop.contracts.portal.MachineClientSecretRotated;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.identity.domain.AccountRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators register machine clients for a department's system, list, disable them and
 * rotate their secrets; the clients obtain access tokens with the client-credentials grant.
 * A secret is 256 random bits, shown once and kept only as its PasswordEncoder hash.
 */
@Service
class MachineClients {

    private static final Logger log = LoggerFactory.getLogger(MachineClients.class);
    private static final int SECRET_BYTES = 32;

    private final MachineClientRepository clients;
    private final AccessTokens accessTokens;
    private final PasswordEncoder passwords;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final ClientAttempts clientAttempts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String unknownClientHash;

    MachineClients(MachineClientRepository clients, AccessTokens accessTokens, PasswordEncoder passwords,
                   OutboxWriter outbox, TransactionTemplate transactions, ClientAttempts clientAttempts, Clock clock) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clientAttempts = clientAttempts;
        this.clock = clock;
        this.unknownClientHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Registers a client with a generated id and secret; roles default to DEPARTMENT_SYSTEM, the only one allowed. */
    WithSecret register(CurrentUser admin, String name, String departmentCode, String regionCode, List<String> roles) {
        AccountRules.check().name("name", name, 100).staffPlace(departmentCode, regionCode).machineRoles(roles)
                .orRefuse();
        String secret = newSecret();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var client = new MachineClient(UUID.randomUUID().toString(), name.strip(), departmentCode, regionCode,
                List.of(AccountRules.DEPARTMENT_SYSTEM), passwords.encode(secret), true, now, admin.username(), null,
                null, null);
        transactions.executeWithoutResult(status -> {
            clients.insertIfAbsent(client);
            outbox.append(Topics.ACCOUNT, new MachineClientRegistered(client.clientId(), client.name(), client.roles(),
                    admin.username(), regionCode, departmentCode, RequestContext.channel(), now));
        });
        log.info("Administrator '{}' registered machine client {} ('{}') of {}", admin.username(), client.clientId(),
                client.name(), departmentCode);
        return new WithSecret(find(client.clientId()), secret);
    }

    MachineClient find(String clientId) {
        return clients.find(clientId).orElseThrow(() -> new NotFoundException("No machine client " + clientId));
    }

    PageResponse<MachineClient> list(String departmentCode, PageRequest page) {
        return PageResponse.of(clients.page(departmentCode, page), page, clients.count(departmentCode));
    }

    /** Disables the client: no more tokens (those issued stay valid until they expire); again changes nothing. */
    MachineClient disable(CurrentUser admin, String clientId) {
        MachineClient client = find(clientId);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            if (clients.disable(clientId, admin.username(), now)) {
                outbox.append(Topics.ACCOUNT, new MachineClientDisabled(clientId, client.name(), admin.username(),
                        client.regionCode(), client.departmentCode(), RequestContext.channel(), now));
                log.info("Administrator '{}' disabled machine client {}", admin.username(), clientId);
            }
        });
        return find(clientId);
    }

    /** A new secret for an active client (a disabled one → 409); the old secret stops working at once. */
    WithSecret rotateSecret(CurrentUser admin, String clientId) {
        MachineClient client = find(clientId);
        String secret = newSecret();
        String hash = passwords.encode(secret);
        Instant now = clock.instant();
        boolean rotated = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!clients.replaceSecret(clientId, hash, now)) {
                return false;
            }
            outbox.append(Topics.ACCOUNT, new MachineClientSecretRotated(clientId, admin.username(),
                    client.regionCode(), client.departmentCode(), RequestContext.channel(), now));
            return true;
        }));
        if (!rotated) {
            throw new ConflictException("Machine client " + clientId + " is disabled");
        }
        log.info("Administrator '{}' rotated the secret of machine client {}", admin.username(), clientId);
        return new WithSecret(find(clientId), secret);
    }

    /**
     * The client-credentials grant: an access token for the client when the secret is right and the
     * client active. An unknown client costs a hash check like a known one, and every failure is
     * the same {@code invalid_client}. Too many failures for the client id, or from the address, are refused
     * (429) before any check.
     *
     * @param from the address the request came from
     */
    ClientToken token(String clientId, String secret, String from) {
        clientAttempts.beforeClientSecret(from, clientId);
        var client = clients.find(clientId);
        boolean matches = passwords.matches(secret, client.map(MachineClient::secretHash).orElse(unknownClientHash));
        if (client.isEmpty() || !matches || !client.get().active()) {
            clientAttempts.clientSecretFailed(from, clientId);
            log.info("Client-credentials grant refused for client id '{}'", clientId.replaceAll("\\p{Cntrl}", "?"));
            throw TokenRequestRefused.invalidClient();
        }
        Instant now = clock.instant();
        String upgraded = passwords.upgradeEncoding(client.get().secretHash()) ? passwords.encode(secret) : null;
        clients.tokenIssued(clientId, now, upgraded);
        return new ClientToken(accessTokens.issue(client.get(), now), "Bearer", accessTokens.lifetimeSeconds());
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A client with the secret just made for it, to be shown this once. */
    record WithSecret(MachineClient client, String secret) {
    }

    /** The RFC 6749 token response, in its snake_case names (no refresh token for this grant). */
    record ClientToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                       @JsonProperty("expires_in") long expiresIn) {
    }
}
