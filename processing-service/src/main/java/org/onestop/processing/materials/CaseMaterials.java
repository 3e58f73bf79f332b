package org.onestop.processing.materials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.portal.SubmittedMaterial;
import org.onestop.processing.materials.domain.Material;
import org.onestop.processing.materials.domain.RegistryAnswer;
import org.onestop.processing.materials.domain.Verification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The materials of each case, as the applicant handed them in, and where each stands with the registry. */
@Repository
public class CaseMaterials {

    private final JdbcClient jdbc;

    CaseMaterials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records what came with the application (round 0) or a correction answer (round n), in the
     * caller's transaction: uploads as they are, certificate references waiting for the registry.
     */
    public void record(UUID caseId, int correctionRound, List<SubmittedMaterial> materials, Instant at) {
        int position = 0;
        for (SubmittedMaterial given : materials) {
            boolean byCertificate = given.byCertificate();
            jdbc.sql("""
                    insert into case_material (id, case_id, correction_round, position, name, certificate_type,
                        certificate_number, file_id, file_name, content_type, size_bytes, sha256, verification,
                        next_check_at, received_at)
                    values (:id, :caseId, :round, :position, :name, :certificateType, :certificateNumber, :fileId,
                        :fileName, :contentType, :sizeBytes, :sha256, :verification, :nextCheckAt, :at)""")
                    .param("id", UUID.randomUUID())
                    .param("caseId", caseId)
                    .param("round", correctionRound)
                    .param("position", position++)
                    .param("name", given.name() == null || given.name().isBlank() ? "material" : given.name())
                    .param("certificateType", given.certificateType())
                    .param("certificateNumber", byCertificate ? given.certificateNumber().trim() : null)
                    .param("fileId", byCertificate ? null : given.fileId())
                    .param("fileName", byCertificate ? null : given.fileName())
                    .param("contentType", byCertificate ? null : given.contentType())
                    .param("sizeBytes", byCertificate ? 0 : given.sizeBytes())
                    .param("sha256", byCertificate ? null : given.sha256())
                    .param("verification", (byCertificate ? Verification.PENDING : Verification.UPLOADED).name())
                    .param("nextCheckAt", byCertificate ? Timestamp.from(at) : null)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** A case's materials in the order they came. */
    public List<Material> of(UUID caseId) {
        return jdbc.sql("select * from case_material where case_id = ? order by correction_round, position")
                .param(caseId)
                .query(CaseMaterials::map)
                .list();
    }

    /** The materials of several cases (one page of a queue) in one query, by case. */
    public Map<UUID, List<Material>> ofCases(Collection<UUID> caseIds) {
        Map<UUID, List<Material>> byCase = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("select * from case_material where case_id in (:ids) order by case_id, correction_round, position")
                .param("ids", caseIds)
                .query(CaseMaterials::map)
                .list()
                .forEach(material -> byCase.computeIfAbsent(material.caseId(), id -> new ArrayList<>())
                        .add(material));
        return byCase;
    }

    Optional<Material> find(UUID caseId, UUID materialId) {
        return jdbc.sql("select * from case_material where id = ? and case_id = ?")
                .params(materialId, caseId)
                .query(CaseMaterials::map)
                .optional();
    }

    /**
     * Claims up to {@code limit} certificate references due for a check, skipping those another
     * replica holds, and puts their next check {@code retryAfter} ahead, so that each is asked
     * for by one replica at a time. Runs in the caller's (short) transaction.
     */
    List<Claimed> claimDue(Instant now, Duration retryAfter, int limit) {
        List<Claimed> due = jdbc.sql("""
                        select m.*, c.applicant_id from case_material m join case_file c on c.id = m.case_id
                        where m.verification in ('PENDING', 'UNVERIFIED') and m.next_check_at <= :now
                        order by m.next_check_at limit :limit for update of m skip locked""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(map(rs, row), rs.getString("applicant_id")))
                .list();
        for (Claimed claimed : due) {
            postpone(claimed.material().id(), now.plus(retryAfter));
        }
        return due;
    }

    void postpone(UUID materialId, Instant next) {
        jdbc.sql("update case_material set next_check_at = ? where id = ?")
                .params(Timestamp.from(next), materialId)
                .update();
    }

    /**
     * Records the registry's answer (or that it could not be reached): a final answer ends the
     * re-checks, an unreachable registry sets the next check. Unless {@code anyState} (staff asked
     * for this check), a material that another check settled meanwhile stays as it is.
     */
    Optional<Material> settle(UUID materialId, RegistryAnswer.Outcome outcome, Instant at, Instant nextCheck,
                              boolean anyState) {
        boolean settled = outcome.verification() != Verification.UNVERIFIED;
        jdbc.sql("""
                update case_material set verification = :verification, verification_reason = :reason, checked_at = :at,
                    check_attempts = check_attempts + 1, next_check_at = :next
                where id = :id and (:anyState or verification in ('PENDING', 'UNVERIFIED'))""")
                .param("verification", outcome.verification().name())
                .param("reason", outcome.reason())
                .param("at", Timestamp.from(at))
                .param("next", settled ? null : Timestamp.from(nextCheck))
                .param("id", materialId)
                .param("anyState", anyState)
                .update();
        return jdbc.sql("select * from case_material where id = ?").param(materialId).query(CaseMaterials::map).optional();
    }

    private static Material map(ResultSet rs, int row) throws SQLException {
        Timestamp checkedAt = rs.getTimestamp("checked_at");
        Timestamp nextCheckAt = rs.getTimestamp("next_check_at");
        return new Material(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getInt("correction_round"), rs.getInt("position"), rs.getString("name"),
                rs.getString("certificate_type"), rs.getString("certificate_number"), rs.getString("file_id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), Verification.valueOf(rs.getString("verification")),
                rs.getString("verification_reason"), checkedAt == null ? null : checkedAt.toInstant(),
                rs.getInt("check_attempts"), nextCheckAt == null ? null : nextCheckAt.toInstant());
    }

    /** A material due for a check, with the applicant of its case (the certificate's holder should be them). */
    record Claimed(Material material, String applicantId) {
    }
}
