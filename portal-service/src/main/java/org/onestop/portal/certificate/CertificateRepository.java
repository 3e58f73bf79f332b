package org.onestop.portal.certificate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CertificateRepository {

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void issued(CertificateIssued issued) {
        jdbc.sql("""
                insert into certificate (number, certificate_type, holder_id, holder_name, trust_level, valid_from,
                    valid_until, region_code, department_code, issued_at)
                values (:number, :type, :holder, :holderName, :trust, :from, :until, :region, :dept, :at)
                on conflict (number) do nothing""")
                .param("number", issued.number())
                .param("type", issued.certificateType())
                .param("holder", issued.holderId())
                .param("holderName", issued.holderName())
                .param("trust", issued.trustLevel())
                .param("from", date(issued.validFrom()))
                .param("until", date(issued.validUntil()))
                .param("region", issued.regionCode())
                .param("dept", issued.departmentCode())
                .param("at", Timestamp.from(issued.issuedAt()))
                .update();
    }

    void revoked(CertificateRevoked revoked) {
        jdbc.sql("update certificate set revoked_at = coalesce(revoked_at, ?), revoke_reason = coalesce(revoke_reason, ?) where number = ?")
                .params(Timestamp.from(revoked.revokedAt()), revoked.reason(), revoked.number())
                .update();
    }

    Optional<HeldCertificate> find(String number) {
        return jdbc.sql("select * from certificate where number = ?").param(number).query(this::map).optional();
    }

    List<HeldCertificate> pageOf(String holderId, PageRequest page) {
        return jdbc.sql("select * from certificate where holder_id = ? order by issued_at desc, number limit ? offset ?")
                .params(holderId, page.size(), page.offset())
                .query(this::map).list();
    }

    long countOf(String holderId) {
        return jdbc.sql("select count(*) from certificate where holder_id = ?").param(holderId).query(Long.class).single();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private HeldCertificate map(ResultSet rs, int row) throws SQLException {
        Date from = rs.getDate("valid_from");
        Date until = rs.getDate("valid_until");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new HeldCertificate(rs.getString("number"), rs.getString("certificate_type"), rs.getString("holder_id"),
                rs.getString("holder_name"), rs.getString("trust_level"), from == null ? null : from.toLocalDate(),
                until == null ? null : until.toLocalDate(), rs.getString("region_code"), rs.getString("department_code"),
                rs.getTimestamp("issued_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
