package org.onestop.datasharing.certificate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.onestop.datasharing.certificate.domain.Certificate;
import org.onestop.datasharing.certificate.domain.TrustLevel;
import org.onestop.platform.problem.ForbiddenException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
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

/** The e-certificate registry (电子证照库). */
@RestController
@RequestMapping("/api/data-sharing/v1/certificates")
class CertificateController {

    private final CertificateRegistry registry;

    CertificateController(CertificateRegistry registry) {
        this.registry = registry;
    }

    /** A department issues a certificate under its own name (trust level A). */
    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF', 'DEPARTMENT_SYSTEM')")
    ResponseEntity<CertificateView> issue(@Valid @RequestBody IssueCertificate request, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser issuer = CurrentUser.of(jwt);
        if (issuer.department() == null) {
            throw new ForbiddenException("Only a department issues certificates");
        }
        Certificate certificate = registry.issue(issuer.department(), issuer.username(), request.type(),
                request.holderId(), request.holderName(), TrustLevel.A, request.validFrom(), request.validUntil(),
                request.data(), null);
        return ResponseEntity.created(URI.create("/api/data-sharing/v1/certificates/" + certificate.number()))
                .body(CertificateView.of(certificate));
    }

    /** Any department (staff or system) verifies a certificate by its number: signature, validity, revocation. */
    @GetMapping("/{number}/verification")
    @PreAuthorize("hasAnyRole('STAFF', 'DEPARTMENT_SYSTEM')")
    Certificate.Verdict verify(@PathVariable String number, @AuthenticationPrincipal Jwt jwt) {
        return registry.verify(number, CurrentUser.of(jwt));
    }

    @PostMapping("/{number}/revocation")
    @PreAuthorize("hasRole('STAFF')")
    CertificateView revoke(@PathVariable String number, @Valid @RequestBody Revocation revocation,
                           @AuthenticationPrincipal Jwt jwt) {
        return CertificateView.of(registry.revoke(number, CurrentUser.of(jwt), revocation.reason()));
    }

    @GetMapping("/{number}")
    CertificateView get(@PathVariable String number, @AuthenticationPrincipal Jwt jwt) {
        return CertificateView.of(registry.visibleTo(number, CurrentUser.of(jwt)));
    }

    /** A holder's own certificates. */
    @GetMapping("/mine")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    PageResponse<CertificateView> mine(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @AuthenticationPrincipal Jwt jwt) {
        return registry.heldBy(jwt.getSubject(), PageRequest.of(page, size)).map(CertificateView::of);
    }

    record IssueCertificate(@NotBlank @Size(max = 100) String type, @NotBlank String holderId,
                            @NotBlank String holderName, LocalDate validFrom, LocalDate validUntil,
                            @NotNull Map<String, Object> data) {
    }

    record Revocation(@NotBlank @Size(max = 1000) String reason) {
    }

    record CertificateView(String number, String type, String holderName, String issuerDepartment, String trustLevel,
                           LocalDate validFrom, LocalDate validUntil, Map<String, Object> data, Instant issuedAt,
                           Instant revokedAt, String revocationReason, String signature) {

        static CertificateView of(Certificate c) {
            return new CertificateView(c.number(), c.type(), c.holderName(), c.issuerDepartment(), c.trustLevel().name(),
                    c.validFrom(), c.validUntil(), c.data(), c.issuedAt(), c.revokedAt(), c.revocationReason(),
                    c.signature());
        }
    }
}
