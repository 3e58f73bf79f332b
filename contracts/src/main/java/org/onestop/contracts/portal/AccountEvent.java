package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/**
 * Events of an account (natural person, legal person or staff) or a machine client on {@code portal.account.v1}.
 * None carries an identity number; at most its masked form (first 6 and last 4).
 */
public sealed interface AccountEvent extends DomainEvent permits AccountRegistered, StaffAccountCreated, AccountDisabled,
        MachineClientRegistered, MachineClientDisabled, MachineClientSecretRotated, PasswordReset {
}
