package org.onestop.portal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.AccountRegistered;
import org.onestop.platform.identifiers.CreditCode;
import org.onestop.platform.identifiers.IdentityNumber;
import org.onestop.platform.identifiers.Masked;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.identity.Account.AccountType;
import org.onestop.portal.identity.AccountRepository.Identifiers;
import org.onestop.portal.identity.domain.AccountRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Natural persons and legal persons register themselves. The identity number is checked with
 * its GB 11643 check digit, stored only encrypted and found again by its keyed hash, so one
 * person registers once; the credit code is checked with GB 32100 and registers once too.
 */
@Service
class Registration {

    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    private final AccountRepository accounts;
    private final IdentifierVault vault;
    private final PasswordEncoder passwords;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final ClientAttempts clientAttempts;
    private final Clock clock;

    Registration(AccountRepository accounts, IdentifierVault vault, PasswordEncoder passwords, OutboxWriter outbox,
                 TransactionTemplate transactions, ClientAttempts clientAttempts, Clock clock) {
        this.accounts = accounts;
        this.vault = vault;
        this.passwords = passwords;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clientAttempts = clientAttempts;
        this.clock = clock;
    }

    /** @param client the address the request came from: only so many registrations per window from one */
    Profile registerNaturalPerson(String name, String identityNumber, String mobile, String username, String password,
                                  String client) {
        clientAttempts.registration(client);
        String number = IdentityNumber.normalized(identityNumber);
        AccountRules.check().name("name", name, 50).identityNumber(number).mobile(mobile).username(username)
                .password(password, username).orRefuse();
        var account = new Account(UUID.randomUUID(), username, passwords.encode(password), name.strip(),
                AccountType.NATURAL_PERSON, List.of("CITIZEN"), null, null);
        var identifiers = new Identifiers(vault.encrypt(number), vault.lookupHash(number), null, null, mobile);
        String masked = Masked.identifier(number);
        register(account, identifiers, new AccountRegistered(account.id().toString(), username,
                AccountType.NATURAL_PERSON.name(), account.displayName(), masked, null, IdentityNumber.regionCodeOf(number),
                null, RequestContext.channel(), clock.instant()));
        log.info("Registered natural person '{}' ({})", username, masked);
        return profileOf(account.id());
    }

    Profile registerLegalPerson(String enterpriseName, String creditCode, String legalRepresentative, String username,
                                String password, String client) {
        clientAttempts.registration(client);
        String code = CreditCode.normalized(creditCode);
        AccountRules.check().name("enterpriseName", enterpriseName, 100).creditCode(code)
                .name("legalRepresentative", legalRepresentative, 50).username(username).password(password, username)
                .orRefuse();
        var account = new Account(UUID.randomUUID(), username, passwords.encode(password), enterpriseName.strip(),
                AccountType.LEGAL_PERSON, List.of("LEGAL_PERSON"), null, null);
        var identifiers = new Identifiers(null, null, code, legalRepresentative.strip(), null);
        register(account, identifiers, new AccountRegistered(account.id().toString(), username,
                AccountType.LEGAL_PERSON.name(), account.displayName(), null, code, CreditCode.regionCodeOf(code), null,
                RequestContext.channel(), clock.instant()));
        log.info("Registered legal person '{}' ({})", username, code);
        return profileOf(account.id());
    }

    private void register(Account account, Identifiers identifiers, AccountRegistered event) {
        try {
            transactions.executeWithoutResult(status -> {
                accounts.insert(account, identifiers, null);
                outbox.append(Topics.ACCOUNT, event);
            });
        } catch (DuplicateKeyException e) {
            throw alreadyRegistered(e);
        }
    }

    private Profile profileOf(UUID id) {
        return accounts.profileOf(id).orElseThrow();
    }

    /** Which unique value was taken, told by the constraint's name (never echoing the identity number). */
    static ConflictException alreadyRegistered(DuplicateKeyException e) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        if (cause.contains("identity_number_hash")) {
            return new ConflictException("An account with this identity number exists already",
                    java.util.Map.of("field", "identityNumber"));
        }
        if (cause.contains("credit_code")) {
            return new ConflictException("An account with this unified social credit code exists already",
                    java.util.Map.of("field", "creditCode"));
        }
        return new ConflictException("The username is taken", java.util.Map.of("field", "username"));
    }
}
