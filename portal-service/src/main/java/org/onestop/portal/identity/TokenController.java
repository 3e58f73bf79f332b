package org.onestop.portal.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.onestop.portal.identity.MachineClients.ClientToken;
import org.onestop.portal.identity.SigningIn.Tokens;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signs in with a username and password, refreshes and signs out; hands machine clients tokens by
 * the client-credentials grant; publishes the JWKS.
 */
@RestController
@RequestMapping("/api/portal/v1/auth")
@Tag(name = "Identity", description = "Sign-in, refresh tokens and the token signing keys")
class TokenController {

    private final SigningIn signingIn;
    private final MachineClients machineClients;
    private final SigningKeys keys;

    TokenController(SigningIn signingIn, MachineClients machineClients, SigningKeys keys) {
        this.signingIn = signingIn;
        this.machineClients = machineClients;
        this.keys = keys;
    }

    @PostMapping("/token")
    @Operation(summary = "Sign in: an access token and a refresh token (401 wrong credentials, 423 locked after repeated "
            + "failures, 429 too many failures from this address)")
    Tokens token(@Valid @RequestBody SignIn request, HttpServletRequest http) {
        return signingIn.signIn(request.username(), request.password(), http.getRemoteAddr());
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "OAuth 2.0 client-credentials grant for machine clients: grant_type=client_credentials, "
            + "the client id and secret by HTTP Basic or as client_id and client_secret; {access_token, token_type, "
            + "expires_in}, no refresh token (401 invalid_client: wrong secret, unknown or disabled client; 429 too many "
            + "failures for the client or from this address)")
    ResponseEntity<ClientToken> clientCredentials(@RequestParam MultiValueMap<String, String> form,
                                                  @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                                  String authorization, HttpServletRequest http) {
        ClientCredentials credentials = ClientCredentials.of(form, authorization);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                .body(machineClients.token(credentials.clientId(), credentials.clientSecret(), http.getRemoteAddr()));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; the old refresh token is used up (a second use revokes the sign-in)")
    Tokens refresh(@Valid @RequestBody RefreshTokenBody request) {
        return signingIn.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: revoke the refresh token (and every token of its sign-in)")
    void logout(@Valid @RequestBody RefreshTokenBody request) {
        signingIn.signOut(request.refreshToken());
    }

    @GetMapping("/jwks")
    @Operation(summary = "The public keys access tokens are signed with (JWKS)")
    Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject();
    }

    record SignIn(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password) {
    }

    record RefreshTokenBody(@NotBlank @Size(max = 200) String refreshToken) {
    }
}
