package org.onestop.portal.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onestop.platform.security.CurrentUser;
import org.onestop.portal.identity.SigningKeys.KeyView;
import org.onestop.portal.identity.SigningKeys.Rotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The token signing keys: which are published and which signs, and a rotation on demand (e.g. a key suspected). */
@RestController
@RequestMapping("/api/portal/v1/admin/signing-keys")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Identity", description = "Token signing keys and their rotation")
class SigningKeyController {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyController.class);

    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "The published keys, oldest first: SIGNING, NEXT (published, signing from activatesAt) or "
            + "RETIRING (out of the key set at retiresAt); no private material (ADMIN)")
    List<KeyView> list() {
        return keys.list();
    }

    @PostMapping("/rotation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Make a new signing key: published at once, signing after the activation delay; the current "
            + "key's tokens stay valid until they expire (ADMIN)")
    Rotation rotate(@AuthenticationPrincipal Jwt jwt) {
        Rotation rotation = keys.rotate();
        log.info("Administrator '{}' rotated the token signing key: {}", CurrentUser.of(jwt).username(), rotation.keyId());
        return rotation;
    }
}
