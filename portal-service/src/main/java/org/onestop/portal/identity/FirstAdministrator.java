package org.onestop.portal.identity;

import java.util.List;
import java.util.UUID;
import org.onestop.portal.identity.Account.AccountType;
import org.onestop.portal.identity.AccountRepository.Identifiers;
import org.onestop.portal.identity.domain.AccountRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without demo accounts nobody could create the first staff account, so when no administrator
 * exists at start-up and {@code onestop.identity.bootstrap-admin.password} is set, one is created.
 * Replicas starting together take a transaction-scoped advisory lock first: exactly one creates it.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    /** The advisory lock key, the same in every replica. */
    private static final long LOCK_KEY = 0x4f4e45_41444d4eL; // "ONE" "ADMN"

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    FirstAdministrator(AccountRepository accounts, PasswordEncoder passwords, IdentityProperties properties,
                       JdbcClient jdbc, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoAccounts()) {
            return;
        }
        IdentityProperties.BootstrapAdmin wanted = properties.bootstrapAdmin();
        if (!wanted.requested()) {
            if (!accounts.anyAdministrator()) {
                log.warn("No administrator exists; set onestop.identity.bootstrap-admin.password "
                        + "(ONESTOP_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD) once to create the first one (docs/operations.md)");
            }
            return;
        }
        createIfNone(wanted);
    }

    /** Creates the administrator unless one exists; true when this call created it. */
    boolean createIfNone(IdentityProperties.BootstrapAdmin wanted) {
        AccountRules.passwordProblem(wanted.password(), wanted.username()).ifPresent(problem -> {
            throw new IllegalStateException("onestop.identity.bootstrap-admin.password " + problem);
        });
        String hash = passwords.encode(wanted.password());
        boolean created;
        try {
            created = Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
                if (accounts.anyAdministrator()) {
                    return false;
                }
                accounts.insert(new Account(UUID.randomUUID(), wanted.username(), hash, wanted.displayName(),
                        AccountType.ADMINISTRATOR, List.of("ADMIN"), null, null), Identifiers.none(), null);
                return true;
            }));
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("onestop.identity.bootstrap-admin.username '" + wanted.username()
                    + "' is taken by an account that is not an administrator; choose another", e);
        }
        if (created) {
            log.info("Created the first administrator '{}'; change its password (POST /api/portal/v1/me/password) and "
                    + "unset onestop.identity.bootstrap-admin.password",
                    wanted.username());
        }
        return created;
    }
}
