package org.onestop.portal.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of uploaded materials, by the applicant or the handling department's staff. */
@RestController
@RequestMapping("/api/portal/v1/materials")
@PreAuthorize("isAuthenticated()")
class MaterialController {

    private final MaterialAccess access;

    MaterialController(MaterialAccess access) {
        this.access = access;
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        var file = access.read(id, CurrentUser.of(jwt));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.material().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.material().fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.material().sha256() + "\"")
                .body(file.content());
    }
}
