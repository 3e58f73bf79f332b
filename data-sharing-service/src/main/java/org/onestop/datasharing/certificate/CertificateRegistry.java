package org.onestop.datasharing.certificate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.datasharing.audit.AuditLog;
import org.onestop.datasharing.certificate.domain.Certificate;
import org.onestop.datasharing.certificate.domain.TrustLevel;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Issuing, verifying, revoking and listing e-certificates; every verification is audited. */
@Service
class CertificateRegistry {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final IssuerKeys keys;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final Clock clock;

    CertificateRegistry(JdbcClient jdbc, JsonMapper json, IssuerKeys keys, AuditLog audit, OutboxWriter outbox, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.keys = keys;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    Certificate issue(String issuerDepartment, String issuedBy, String type, String holderId, String holderName,
                      TrustLevel trustLevel, LocalDate validFrom, LocalDate validUntil, Map<String, Object> data,
                      String sourceCaseId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String number = "%s-%s-%08d".formatted(issuerDepartment, LocalDate.now(CHINA).getYear(),
                jdbc.sql("select nextval('certificate_number_seq')").query(Long.class).single());
        Certificate unsigned = Certificate.issue(number, type, holderId, holderName, issuerDepartment, trustLevel,
                validFrom == null ? LocalDate.now(CHINA) : validFrom, validUntil, data, sourceCaseId, now);
        Certificate certificate = unsigned.signedWith(keys.sign(issuerDepartment, claimsOf(unsigned)));
        jdbc.sql("""
                insert into certificate (number, certificate_type, holder_id, holder_name, issuer_department, trust_level,
                    valid_from, valid_until, data, issued_at, source_case_id, signature)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(certificate.number(), certificate.type(), certificate.holderId(), certificate.holderName(),
                        certificate.issuerDepartment(), certificate.trustLevel().name(),
                        Date.valueOf(certificate.validFrom()),
                        certificate.validUntil() == null ? null : Date.valueOf(certificate.validUntil()),
                        json.writeValueAsString(certificate.data()), Timestamp.from(now), sourceCaseId,
                        certificate.signature())
                .update();
        audit.record(issuedBy, issuerDepartment, "certificate.issue", number, "ok", type);
        outbox.append(Topics.CERTIFICATE, new CertificateIssued(number, type, holderId, holderName, trustLevel.name(),
                certificate.validFrom(), validUntil, sourceCaseId, regionOf(issuerDepartment), issuerDepartment,
                RequestContext.channel(), now));
        return certificate;
    }

    @Transactional
    Certificate.Verdict verify(String number, CurrentUser verifier) {
        Certificate certificate = find(number).orElseThrow(() -> {
            audit.recordAlone(verifier.username(), verifier.department(), "certificate.verify", number, "unknown", "");
            return new NotFoundException("No certificate " + number);
        });
        boolean signed = keys.verify(certificate.issuerDepartment(), certificate.signature(), claimsOf(certificate));
        Certificate.Verdict verdict = certificate.verdict(signed, LocalDate.now(CHINA));
        audit.record(verifier.username(), verifier.department(), "certificate.verify", number, verdict.status(),
                verdict.reason());
        return verdict;
    }

    @Transactional
    Certificate revoke(String number, CurrentUser issuer, String reason) {
        Certificate revoked = find(number).orElseThrow(() -> new NotFoundException("No certificate " + number))
                .revoke(issuer.department(), issuer.username(), reason, clock.instant());
        jdbc.sql("update certificate set revoked_at = ?, revoked_by = ?, revocation_reason = ? where number = ?")
                .params(Timestamp.from(revoked.revokedAt()), revoked.revokedBy(), reason, number)
                .update();
        audit.record(issuer.username(), issuer.department(), "certificate.revoke", number, "ok", reason);
        outbox.append(Topics.CERTIFICATE, new CertificateRevoked(number, revoked.holderId(), reason,
                regionOf(revoked.issuerDepartment()), revoked.issuerDepartment(), RequestContext.channel(),
                revoked.revokedAt()));
        return revoked;
    }

    @Transactional(readOnly = true)
    boolean issuedFor(String caseId) {
        return jdbc.sql("select exists (select 1 from certificate where source_case_id = ?)").param(caseId)
                .query(Boolean.class).single();
    }

    /** A certificate its holder or its issuer may see; for anyone else it does not exist. */
    @Transactional(readOnly = true)
    Certificate visibleTo(String number, CurrentUser caller) {
        return find(number)
                .filter(c -> c.holderId().equals(caller.id()) || c.issuerDepartment().equals(caller.department()))
                .orElseThrow(() -> new NotFoundException("No certificate " + number));
    }

    @Transactional(readOnly = true)
    PageResponse<Certificate> heldBy(String holderId, PageRequest page) {
        List<Certificate> content = jdbc.sql("select * from certificate where holder_id = ? order by issued_at desc limit ? offset ?")
                .params(holderId, page.size(), page.offset()).query(this::map).list();
        long total = jdbc.sql("select count(*) from certificate where holder_id = ?").param(holderId)
                .query(Long.class).single();
        return PageResponse.of(content, page, total);
    }

    /** Department codes start with their region's GB/T 2260 code, e.g. 330100-AMR. */
    private static String regionOf(String department) {
        int dash = department.indexOf('-');
        return dash > 0 ? department.substring(0, dash) : null;
    }

    private String claimsOf(Certificate certificate) {
        return json.writeValueAsString(certificate.signedClaims());
    }

    private Optional<Certificate> find(String number) {
        return jdbc.sql("select * from certificate where number = ?").param(number).query(this::map).optional();
    }

    private Certificate map(ResultSet rs, int row) throws SQLException {
        Date validUntil = rs.getDate("valid_until");
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getString("number"), rs.getString("certificate_type"), rs.getString("holder_id"),
                rs.getString("holder_name"), rs.getString("issuer_department"),
                TrustLevel.valueOf(rs.getString("trust_level")), rs.getDate("valid_from").toLocalDate(),
                validUntil == null ? null : validUntil.toLocalDate(), json.readValue(rs.getString("data"), DATA),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("source_case_id"), rs.getString("signature"),
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString("revoked_by"),
                rs.getString("revocation_reason"));
    }
}
