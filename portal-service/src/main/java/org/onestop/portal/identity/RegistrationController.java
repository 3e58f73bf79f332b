package org.onestop.portal.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public self-registration of natural persons (citizens) and legal persons (enterprises). Only
 * the fields below are read: roles, status or account type in the body are ignored.
 */
@RestController
@RequestMapping("/api/portal/v1/registrations")
@Tag(name = "Identity", description = "Registration of natural and legal persons")
class RegistrationController {

    private static final URI ME = URI.create("/api/portal/v1/me");

    private final Registration registration;
    private final IdentifierVault vault;

    RegistrationController(Registration registration, IdentifierVault vault) {
        this.registration = registration;
        this.vault = vault;
    }

    @PostMapping("/natural-persons")
    @Operation(summary = "Register a natural person (400 invalid identity number naming the field, 409 already "
            + "registered, 429 too many registrations from this address)")
    ResponseEntity<ProfileView> naturalPerson(@Valid @RequestBody NaturalPersonRegistration request,
                                              HttpServletRequest http) {
        Profile profile = registration.registerNaturalPerson(request.name(), request.identityNumber(), request.mobile(),
                request.username(), request.password(), http.getRemoteAddr());
        return ResponseEntity.created(ME).body(ProfileView.of(profile, vault));
    }

    @PostMapping("/legal-persons")
    @Operation(summary = "Register a legal person (400 invalid credit code naming the field, 409 already registered, "
            + "429 too many registrations from this address)")
    ResponseEntity<ProfileView> legalPerson(@Valid @RequestBody LegalPersonRegistration request,
                                            HttpServletRequest http) {
        Profile profile = registration.registerLegalPerson(request.enterpriseName(), request.creditCode(),
                request.legalRepresentative(), request.username(), request.password(), http.getRemoteAddr());
        return ResponseEntity.created(ME).body(ProfileView.of(profile, vault));
    }

    record NaturalPersonRegistration(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 20) String identityNumber,
                                     @NotBlank @Size(max = 11) String mobile, @NotBlank @Size(max = 32) String username,
                                     @NotBlank @Size(max = 128) String password) {
    }

    record LegalPersonRegistration(@NotBlank @Size(max = 100) String enterpriseName,
                                   @NotBlank @Size(max = 18) String creditCode,
                                   @NotBlank @Size(max = 50) String legalRepresentative,
                                   @NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 128) String password) {
    }
}
