package org.onestop.portal.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.identity.MachineClients.WithSecret;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage the machine clients of departments' systems. */
@RestController
@RequestMapping("/api/portal/v1/admin/machine-clients")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Identity", description = "Machine clients (departments' systems) and their credentials")
class MachineClientController {

    private static final String PATH = "/api/portal/v1/admin/machine-clients/";

    private final MachineClients clients;

    MachineClientController(MachineClients clients) {
        this.clients = clients;
    }

    @PostMapping
    @Operation(summary = "Register a department's system (ADMIN): its client id and secret; the secret is shown this once")
    ResponseEntity<MachineClientView> register(@RequestBody NewMachineClient request, @AuthenticationPrincipal Jwt jwt) {
        WithSecret registered = clients.register(CurrentUser.of(jwt), request.name(), request.departmentCode(),
                request.regionCode(), request.roles());
        return ResponseEntity.created(URI.create(PATH + registered.client().clientId()))
                .body(MachineClientView.of(registered.client(), registered.secret()));
    }

    @GetMapping
    @Operation(summary = "Machine clients, oldest first, optionally of one department (ADMIN); never their secrets")
    PageResponse<MachineClientView> list(@RequestParam(required = false) String departmentCode,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return clients.list(departmentCode, PageRequest.of(page, size)).map(client -> MachineClientView.of(client, null));
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "One machine client (ADMIN), without its secret")
    MachineClientView get(@PathVariable String clientId) {
        return MachineClientView.of(clients.find(clientId), null);
    }

    @PostMapping("/{clientId}/disable")
    @Operation(summary = "Disable a machine client (ADMIN): it obtains no more tokens; those issued run out")
    MachineClientView disable(@PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
        return MachineClientView.of(clients.disable(CurrentUser.of(jwt), clientId), null);
    }

    @PostMapping("/{clientId}/rotate-secret")
    @Operation(summary = "A new secret for a machine client (ADMIN), shown this once; the old one stops working (disabled → 409)")
    MachineClientView rotateSecret(@PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
        WithSecret rotated = clients.rotateSecret(CurrentUser.of(jwt), clientId);
        return MachineClientView.of(rotated.client(), rotated.secret());
    }

    /** Only these fields are read; the id, secret and status are made here. Roles: none or DEPARTMENT_SYSTEM. */
    record NewMachineClient(String name, String departmentCode, String regionCode, List<String> roles) {
    }

    /** A machine client as administrators see it; {@code clientSecret} only in the answer that made it. */
    record MachineClientView(String clientId, @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret,
                             String name, String departmentCode, String regionCode, List<String> roles, String status,
                             Instant createdAt, String createdBy, Instant secretRotatedAt, Instant lastTokenAt,
                             Instant disabledAt) {

        static MachineClientView of(MachineClient c, String secret) {
            return new MachineClientView(c.clientId(), secret, c.name(), c.departmentCode(), c.regionCode(), c.roles(),
                    c.active() ? "ACTIVE" : "DISABLED", c.createdAt(), c.createdBy(), c.secretRotatedAt(),
                    c.lastTokenAt(), c.disabledAt());
        }
    }
}
