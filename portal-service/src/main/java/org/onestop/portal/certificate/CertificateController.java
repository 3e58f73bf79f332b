package org.onestop.portal.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An applicant's own e-certificates, which can stand in for materials. */
@RestController
@RequestMapping("/api/portal/v1/certificates")
@PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
class CertificateController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CertificateRegistry registry;
    private final Clock clock;

    CertificateController(CertificateRegistry registry, Clock clock) {
        this.clock = clock;
        this.registry = registry;
    }

    /** The caller's e-certificates, newest first, with their status today. */
    @GetMapping("/mine")
    PageResponse<CertificateView> mine(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @AuthenticationPrincipal Jwt jwt) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return registry.heldBy(jwt.getSubject(), PageRequest.of(page, size))
                .map(certificate -> CertificateView.of(certificate, today));
    }

    record CertificateView(String number, String certificateType, String holderName, String trustLevel,
                           LocalDate validFrom, LocalDate validUntil, String departmentCode, Instant issuedAt,
                           String status) {

        static CertificateView of(HeldCertificate c, LocalDate today) {
            return new CertificateView(c.number(), c.certificateType(), c.holderName(), c.trustLevel(), c.validFrom(),
                    c.validUntil(), c.departmentCode(), c.issuedAt(), c.statusOn(today));
        }
    }
}
