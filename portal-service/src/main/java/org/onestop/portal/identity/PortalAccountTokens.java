package org.onestop.portal.identity;

import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses at once, on the portal's own endpoints, an access token the portal issued to an account
 * that has since been disabled or whose password an administrator has reset (its
 * {@code password_version} is older): one primary-key read per request. Tokens of other issuers
 * (an identity provider's) and of machine clients are not portal accounts and pass. The other
 * services check only the signature and expiry, so they accept such a token until it expires.
 */
class PortalAccountTokens implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REFUSED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The account is disabled or its password was reset; sign in again", null);

    private final AccountRepository accounts;
    private final String issuer;

    PortalAccountTokens(AccountRepository accounts, String issuer) {
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (!issuer.equals(token.getClaimAsString("iss")) || token.hasClaim("client_id")) {
            return OAuth2TokenValidatorResult.success();
        }
        UUID account;
        try {
            account = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            return OAuth2TokenValidatorResult.success();
        }
        Number version = token.getClaim(AccessTokens.PASSWORD_VERSION);
        return accounts.acceptsTokenOf(account, version == null ? 0 : version.intValue())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(REFUSED);
    }
}
