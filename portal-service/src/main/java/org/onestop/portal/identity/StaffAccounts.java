package org.onestop.portal.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.AccountDisabled;
import org.onestop.contracts.portal.PasswordReset;
import org.onestop.contracts.portal.StaffAccountCreated;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.identity.Account.AccountType;
import org.onestop.portal.identity.AccountRepository.Identifiers;
import org.onestop.portal.department.Departments;
import org.onestop.portal.identity.domain.AccountRules;
import org.onestop.portal.identity.domain.AccountRules.KnownDepartment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators create staff accounts for a department and region, list them, and disable accounts
 * or reset their passwords.
 * A new staff account's department must be one management published (its region, and the roles it
 * has); the demo accounts and the first administrator are seeded without that check.
 */
@Service
class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    /** Letters and digits that cannot be mistaken for one another when read out (no 0, O, 1, l, I). */
    private static final String TEMPORARY_PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_PASSWORD_LENGTH = 16;

    private final AccountRepository accounts;
    private final Departments departments;
    private final RefreshTokenRepository refreshTokens;
    private final SignInAttemptRepository attempts;
    private final PasswordEncoder passwords;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(AccountRepository accounts, Departments departments, RefreshTokenRepository refreshTokens,
                  SignInAttemptRepository attempts, PasswordEncoder passwords, OutboxWriter outbox,
                  TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.departments = departments;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
        this.passwords = passwords;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    Profile create(CurrentUser admin, String username, String displayName, String password, String departmentCode,
                   String regionCode, List<String> roles) {
        AccountRules.check().username(username).name("displayName", displayName, 50).password(password, username)
                .staffPlace(departmentCode, regionCode).staffRoles(roles)
                .knownDepartment(departmentCode, regionCode, roles, departments.find(departmentCode)
                        .map(known -> new KnownDepartment(known.regionCode(), Set.copyOf(known.staffRoles()))),
                        departments.anyKnown())
                .orRefuse();
        List<String> granted = AccountRules.staffRolesOf(roles);
        var account = new Account(UUID.randomUUID(), username, passwords.encode(password), displayName.strip(),
                AccountType.STAFF, granted, departmentCode, regionCode);
        Instant now = clock.instant();
        try {
            transactions.executeWithoutResult(status -> {
                accounts.insert(account, Identifiers.none(), accountIdOf(admin));
                outbox.append(Topics.ACCOUNT, new StaffAccountCreated(account.id().toString(), username,
                        account.displayName(), granted, admin.username(), regionCode, departmentCode,
                        RequestContext.channel(), now));
            });
        } catch (DuplicateKeyException e) {
            throw Registration.alreadyRegistered(e);
        }
        log.info("Administrator '{}' created staff account '{}' of {} with {}", admin.username(), username,
                departmentCode, granted);
        return accounts.profileOf(account.id()).orElseThrow();
    }

    PageResponse<Profile> list(String departmentCode, PageRequest page) {
        return PageResponse.of(accounts.staffPage(departmentCode, page), page, accounts.staffCount(departmentCode));
    }

    /** Disables an account and revokes its refresh tokens; disabling it again changes nothing. */
    Profile disable(CurrentUser admin, UUID id) {
        if (id.toString().equals(admin.id())) {
            throw new ConflictException("You cannot disable your own account");
        }
        Profile profile = accounts.profileOf(id).orElseThrow(() -> new NotFoundException("No account " + id));
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            if (accounts.disable(id, accountIdOf(admin), now)) {
                refreshTokens.revokeAllOf(id, now);
                outbox.append(Topics.ACCOUNT, new AccountDisabled(id.toString(), profile.username(),
                        profile.type().name(), admin.username(), profile.regionCode(), profile.departmentCode(),
                        RequestContext.channel(), now));
                log.info("Administrator '{}' disabled account '{}'", admin.username(), profile.username());
            }
        });
        return accounts.profileOf(id).orElseThrow();
    }

    /**
     * Sets a new password for an account: the one the administrator gives or, when none is given, a
     * temporary one generated here and returned once. The account must change it at its next
     * sign-in, its refresh tokens are revoked, the portal refuses its access tokens issued so far,
     * and a lock-out of its username is cleared. The password is never logged nor in the event.
     */
    PasswordResetDone resetPassword(CurrentUser admin, UUID id, String chosenPassword) {
        if (id.toString().equals(admin.id())) {
            throw new ConflictException("Change your own password with POST /api/portal/v1/me/password");
        }
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("No account " + id));
        boolean generated = chosenPassword == null;
        String password = generated ? temporaryPasswordFor(account.username()) : chosenPassword;
        AccountRules.passwordProblem(password, account.username()).ifPresent(problem -> {
            throw new BadRequestException("newPassword", problem);
        });
        String hash = passwords.encode(password);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            accounts.resetPassword(id, hash, accountIdOf(admin), now);
            refreshTokens.revokeAllOf(id, now);
            attempts.clear(SigningIn.attemptKeyOf(account.username()));
            outbox.append(Topics.ACCOUNT, new PasswordReset(id.toString(), account.username(), account.type().name(),
                    admin.username(), generated, account.regionCode(), account.departmentCode(),
                    RequestContext.channel(), now));
        });
        log.info("Administrator '{}' reset the password of account '{}' ({}); it must change it at its next sign-in",
                admin.username(), account.username(), generated ? "temporary password generated" : "password chosen");
        return new PasswordResetDone(id, account.username(), generated ? password : null, true);
    }

    private String temporaryPasswordFor(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(TEMPORARY_PASSWORD_LENGTH);
            for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
                password.append(TEMPORARY_PASSWORD_CHARACTERS.charAt(random.nextInt(TEMPORARY_PASSWORD_CHARACTERS.length())));
            }
            if (AccountRules.passwordProblem(password.toString(), username).isEmpty()) {
                return password.toString();
            }
        }
    }

    /**
     * What a reset answers.
     *
     * @param temporaryPassword the generated password, shown this once; null when the administrator chose it
     */
    record PasswordResetDone(UUID accountId, String username, String temporaryPassword, boolean passwordChangeRequired) {
    }

    /**
     * The administrator's portal account id, recorded as who created or disabled an account; null
     * for an administrator of an external identity provider, whose subject is not a portal account.
     */
    private static UUID accountIdOf(CurrentUser admin) {
        try {
            return UUID.fromString(admin.id());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
