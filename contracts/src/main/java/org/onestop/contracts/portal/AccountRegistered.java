package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * A natural person or a legal person registered themselves on the portal.
 *
 * @param accountType          {@code NATURAL_PERSON} or {@code LEGAL_PERSON}
 * @param maskedIdentityNumber a natural person's identity number, masked (first 6 and last 4); null for legal persons
 * @param creditCode           a legal person's unified social credit code (public); null for natural persons
 * @param regionCode           the region the identity number or credit code was issued in
 * @param departmentCode       null: a self-registered account belongs to no department
 */
public record AccountRegistered(
        String accountId,
        String username,
        String accountType,
        String displayName,
        String maskedIdentityNumber,
        String creditCode,
        String regionCode,
        String departmentCode,
        String channel,
        Instant registeredAt) implements AccountEvent {

    public static final String TYPE = "portal.account.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return accountId;
    }

    @Override
    public String subject() {
        return username;
    }
}
