package org.onestop.contracts.portal;

import java.time.Instant;
import java.util.List;

/**
 * An administrator registered a machine client: a department's own system that obtains access
 * tokens with the OAuth 2.0 client-credentials grant. Never carries its secret.
 *
 * @param clientId the client's id, also the {@code sub} of its tokens
 * @param roles    {@code DEPARTMENT_SYSTEM}
 */
public record MachineClientRegistered(
        String clientId,
        String name,
        List<String> roles,
        String registeredBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant registeredAt) implements AccountEvent {

    public static final String TYPE = "portal.account.machine-client-registered.v1";

    public MachineClientRegistered {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return clientId;
    }

    @Override
    public String subject() {
        return clientId;
    }
}
