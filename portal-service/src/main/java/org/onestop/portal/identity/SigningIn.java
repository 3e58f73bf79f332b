package org.onestop.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ForbiddenException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.portal.identity.RefreshTokenRepository.Stored;
import org.onestop.portal.identity.domain.AccountRules;
import org.onestop.portal.identity.domain.SignInAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing in with a password, refreshing with a refresh token, and signing out.
 *
 * <p>Failures are counted per username whether or not an account has that name, and an unknown
 * username costs a password check like a known one, so neither the answer nor its timing tells
 * whether the username exists. Refresh tokens are used once: each refresh rotates the token, and
 * presenting a used token again revokes every token of its sign-in (family).
 */
@Service
class SigningIn {

    private static final Logger log = LoggerFactory.getLogger(SigningIn.class);
    private static final int REFRESH_TOKEN_BYTES = 32;

    private final AccountRepository accounts;
    private final SignInAttemptRepository attempts;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokens accessTokens;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final ClientAttempts clientAttempts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String unknownUserHash;

    SigningIn(AccountRepository accounts, SignInAttemptRepository attempts, RefreshTokenRepository refreshTokens,
              AccessTokens accessTokens, PasswordEncoder passwords, IdentityProperties properties,
              TransactionTemplate transactions, ClientAttempts clientAttempts, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.properties = properties;
        this.transactions = transactions;
        this.clientAttempts = clientAttempts;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** @param client the address the request came from (the gateway passes the client's on) */
    Tokens signIn(String username, String password, String client) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Account signedIn = withPassword(username, password, client, now,
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong username or password"));
        if (!signedIn.active()) {
            throw new ForbiddenException("This account is disabled");
        }
        if (passwords.upgradeEncoding(signedIn.passwordHash())) {
            accounts.updatePasswordHash(signedIn.id(), passwords.encode(password));
        }
        return transactions.execute(status -> issue(signedIn, UUID.randomUUID(), now));
    }

    /**
     * Changes the caller's password when the current one is right (a wrong one counts towards the
     * lock-out like a failed sign-in) and revokes every refresh token of the account. An account has only so
     * many tries per window.
     */
    void changePassword(UUID accountId, String currentPassword, String newPassword, String client) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        clientAttempts.passwordChange(accountId);
        Account account = accounts.findById(accountId).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("No account for this token"));
        AccountRules.passwordProblem(newPassword, account.username()).ifPresent(problem -> {
            throw new BadRequestException("newPassword", problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new BadRequestException("newPassword", "must differ from the current password");
        }
        withPassword(account.username(), currentPassword, client, now,
                () -> new BadRequestException("currentPassword", "is not the current password"));
        String hash = passwords.encode(newPassword);
        transactions.executeWithoutResult(status -> {
            accounts.changePassword(accountId, hash);
            refreshTokens.revokeAllOf(accountId, now);
        });
        log.info("Account '{}' changed its password; its refresh tokens are revoked", account.username());
    }

    /**
     * The account when the password is right. Unless the username is locked (423): a wrong password
     * (or an unknown username, checked just as dearly) counts a failure and throws {@code wrong},
     * or 423 when it is the one that locks; a right one clears the count. A client address that has had too many
     * wrong passwords, whichever usernames, is refused (429) before any check.
     */
    private Account withPassword(String username, String password, String client, Instant now,
                                 Supplier<RuntimeException> wrong) {
        clientAttempts.beforeCredentials(client);
        String key = attemptKeyOf(username);
        attempts.find(key).flatMap(found -> found.lockedAt(now)).ifPresent(until -> {
            throw new SignInLocked(until, now);
        });
        Optional<Account> account = accounts.findByUsername(username);
        boolean matches;
        if (account.isPresent()) {
            matches = passwords.matches(password, account.get().passwordHash());
        } else {
            passwords.matches(password, unknownUserHash); // costs what a real check costs
            matches = false;
        }
        if (!matches) {
            clientAttempts.credentialsFailed(client);
            SignInAttempts after = transactions.execute(status -> {
                SignInAttempts next = attempts.lockForUpdate(key).afterFailure(now, properties.lockOut().policy());
                attempts.save(key, next, now);
                return next;
            });
            Optional<Instant> lockedUntil = after.lockedAt(now);
            if (lockedUntil.isPresent()) {
                log.info("Sign-in for username '{}' locked until {} after {} failures",
                        key.replaceAll("\\p{Cntrl}", "?"), lockedUntil.get(), properties.lockOut().maxFailures());
                throw new SignInLocked(lockedUntil.get(), now);
            }
            throw wrong.get();
        }
        Optional<Instant> lockedMeanwhile = transactions.execute(status -> {
            Optional<Instant> locked = attempts.lockForUpdate(key).lockedAt(now);
            if (locked.isEmpty()) {
                attempts.clear(key);
            }
            return locked;
        });
        lockedMeanwhile.ifPresent(until -> {
            throw new SignInLocked(until, now);
        });
        return account.get();
    }

    /** Failed sign-ins are counted under the username as typed, stripped and in lower case. */
    static String attemptKeyOf(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Exchanges a refresh token for a new access token and a new refresh token of the same family. */
    Tokens refresh(String presented) {
        Instant now = clock.instant();
        String hash = hashOf(presented);
        Optional<Tokens> refreshed = transactions.execute(status -> {
            Optional<Stored> stored = refreshTokens.findForUpdate(hash);
            if (stored.isEmpty()) {
                return Optional.<Tokens>empty();
            }
            Stored token = stored.get();
            switch (token.state().verdictAt(now)) {
                case ROTATE -> {
                    Optional<Account> account = accounts.findById(token.accountId()).filter(Account::active);
                    if (account.isEmpty()) {
                        refreshTokens.revokeFamily(token.familyId(), now);
                        return Optional.<Tokens>empty();
                    }
                    refreshTokens.markUsed(hash, now);
                    return Optional.of(issue(account.get(), token.familyId(), now));
                }
                case REUSED -> {
                    int revoked = refreshTokens.revokeFamily(token.familyId(), now);
                    log.warn("A used refresh token of account {} was presented again: revoked its family {} ({} tokens)",
                            token.accountId(), token.familyId(), revoked);
                    return Optional.<Tokens>empty();
                }
                default -> {
                    return Optional.<Tokens>empty();
                }
            }
        });
        return refreshed.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                "The refresh token is not valid; sign in again"));
    }

    /** Revokes the refresh token and every other token of its sign-in; unknown tokens are ignored. */
    void signOut(String presented) {
        refreshTokens.revokeFamilyOf(hashOf(presented), clock.instant());
    }

    private Tokens issue(Account account, UUID familyId, Instant now) {
        byte[] bytes = new byte[REFRESH_TOKEN_BYTES];
        random.nextBytes(bytes);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        refreshTokens.insert(hashOf(refreshToken), familyId, account.id(), now.plus(properties.refreshTokenLifetime()));
        return new Tokens(accessTokens.issue(account, now), "Bearer", accessTokens.lifetimeSeconds(), refreshToken,
                properties.refreshTokenLifetime().toSeconds(), account.passwordChangeRequired());
    }

    private static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a successful sign-in or refresh hands out.
     *
     * @param passwordChangeRequired an administrator reset the password: the access token has no roles
     *                               until the account has chosen a new one ({@code POST /me/password})
     */
    record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn,
                  boolean passwordChangeRequired) {
    }
}
