package org.onestop.portal.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own profile, and the administrators' management of staff accounts. */
@RestController
@RequestMapping("/api/portal/v1")
@Tag(name = "Identity", description = "Profiles and staff accounts")
class AccountController {

    private final AccountDirectory accounts;
    private final StaffAccounts staff;
    private final IdentifierVault vault;
    private final SigningIn signingIn;

    AccountController(AccountDirectory accounts, StaffAccounts staff, IdentifierVault vault, SigningIn signingIn) {
        this.accounts = accounts;
        this.staff = staff;
        this.vault = vault;
        this.signingIn = signingIn;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's profile (identity number masked: first 6 and last 4)")
    ProfileView me(@AuthenticationPrincipal Jwt jwt) {
        return accounts.profileOf(idOf(jwt.getSubject()))
                .map(profile -> ProfileView.of(profile, vault))
                .orElseThrow(() -> new NotFoundException("No account for this token"));
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's password (400 wrong current password or weak new one; 423 when locked; 429 too "
            + "many tries for the account or failures from this address); refresh tokens are revoked")
    void changePassword(@Valid @RequestBody PasswordChange request, @AuthenticationPrincipal Jwt jwt,
                        HttpServletRequest http) {
        signingIn.changePassword(idOf(jwt.getSubject()), request.currentPassword(), request.newPassword(),
                http.getRemoteAddr());
    }

    @PostMapping("/staff-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a staff account for a department (ADMIN); roles from STAFF, CLERK, REVIEWER, APPROVER, SUPERVISOR, EDITOR")
    ResponseEntity<ProfileView> createStaff(@Valid @RequestBody NewStaffAccount request, @AuthenticationPrincipal Jwt jwt) {
        Profile created = staff.create(CurrentUser.of(jwt), request.username(), request.displayName(), request.password(),
                request.departmentCode(), request.regionCode(), request.roles());
        return ResponseEntity.created(URI.create("/api/portal/v1/staff-accounts/" + created.id()))
                .body(ProfileView.of(created, vault));
    }

    @GetMapping("/staff-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Staff accounts, oldest first, optionally of one department (ADMIN)")
    PageResponse<ProfileView> listStaff(@RequestParam(required = false) String departmentCode,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return staff.list(departmentCode, PageRequest.of(page, size)).map(profile -> ProfileView.of(profile, vault));
    }

    @PostMapping("/accounts/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Disable an account and revoke its refresh tokens (ADMIN; not one's own)")
    ProfileView disable(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return ProfileView.of(staff.disable(CurrentUser.of(jwt), id), vault);
    }

    @PostMapping("/accounts/{id}/password-reset")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Reset an account's password (ADMIN; any account but one's own): the given newPassword, or a "
            + "generated temporaryPassword shown in this answer only; the account must change it at its next sign-in, "
            + "its refresh tokens are revoked, its access tokens refused by the portal and a lock-out cleared")
    ResponseEntity<StaffAccounts.PasswordResetDone> resetPassword(@PathVariable UUID id,
                                                                 @Valid @RequestBody(required = false) PasswordResetRequest request,
                                                                 @AuthenticationPrincipal Jwt jwt) {
        var done = staff.resetPassword(CurrentUser.of(jwt), id, request == null ? null : request.newPassword());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(done);
    }

    private static UUID idOf(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No account for this token");
        }
    }

    record PasswordChange(@NotBlank @Size(max = 256) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
    }

    /** An administrator's reset: the new password, or none for a generated temporary one. */
    record PasswordResetRequest(@Size(max = 128) String newPassword) {
    }

    /** Only these fields are read; status and the rest are set here. */
    record NewStaffAccount(@NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 50) String displayName,
                           @NotBlank @Size(max = 128) String password, @NotBlank String departmentCode,
                           @NotBlank String regionCode, @NotEmpty List<@NotBlank String> roles) {
    }
}
