package org.onestop.portal.application;

import java.util.List;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.portal.application.MaterialRepository.Download;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who downloaded an application's files (电子监察): for the supervisors of the department that handles it, and
 * administrators. Another department's application is a 404.
 */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class MaterialDownloadsController {

    private static final int MOST = 200;

    private final MaterialAccess access;

    MaterialDownloadsController(MaterialAccess access) {
        this.access = access;
    }

    @GetMapping("/api/portal/v1/staff/material-downloads")
    List<Download> downloads(@RequestParam UUID applicationId, @AuthenticationPrincipal Jwt jwt) {
        return access.downloadsOf(applicationId, CurrentUser.of(jwt), MOST);
    }
}
