package org.onestop.portal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.ApplicationStatus;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ApplicationRepository {

    private static final TypeReference<Map<String, Object>> FORM_DATA = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> MISSING_ITEMS = new TypeReference<>() {
    };
    private static final String OWN_OF_STATUS = "applicant_id = :applicant and (cast(:status as text) is null or status = :status)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Application application, String verificationCodeHash) {
        jdbc.sql("""
                insert into application (id, tracking_number, applicant_id, applicant_name, applicant_type, item_code,
                    item_version, item_name, department_code, region_code, form_data, status, channel, idempotency_key,
                    submitted_at, updated_at, verification_code_hash)
                values (:id, :tracking, :applicant, :applicantName, :applicantType, :item, :version, :itemName, :dept,
                    :region, cast(:form as jsonb), :status, :channel, :key, :at, :at, :codeHash)""")
                .param("id", application.id())
                .param("tracking", application.trackingNumber())
                .param("applicant", application.applicantId())
                .param("applicantName", application.applicantName())
                .param("applicantType", application.applicantType())
                .param("item", application.itemCode())
                .param("version", application.itemVersion())
                .param("itemName", application.itemName())
                .param("dept", application.departmentCode())
                .param("region", application.regionCode())
                .param("form", json.writeValueAsString(application.formData()))
                .param("status", application.status().name())
                .param("channel", application.channel())
                .param("key", application.idempotencyKey())
                .param("at", Timestamp.from(application.submittedAt()))
                .param("codeHash", verificationCodeHash)
                .update();
        addProgress(application.id(), application.status(), "申请已提交 submitted", application.submittedAt());
    }

    void addProgress(UUID applicationId, ApplicationStatus status, String note, Instant at) {
        addProgress(applicationId, status, note, null, at);
    }

    void addProgress(UUID applicationId, ApplicationStatus status, String note, List<String> missingItems, Instant at) {
        jdbc.sql("""
                insert into application_progress (application_id, status, note, missing_items, occurred_at)
                values (?, ?, ?, cast(? as jsonb), ?)""")
                .params(applicationId, status.name(), note, missingItems == null ? null : json.writeValueAsString(missingItems),
                        Timestamp.from(at))
                .update();
    }

    void countCorrectionRequest(UUID applicationId) {
        jdbc.sql("update application set corrections_requested = corrections_requested + 1 where id = ?")
                .param(applicationId).update();
    }

    /** Records the answer to the open correction request; false when none is open (any more). */
    boolean answerCorrection(UUID applicationId, Instant at) {
        return jdbc.sql("""
                update application set corrections_answered = corrections_answered + 1, updated_at = ?
                where id = ? and status = 'CORRECTION_REQUESTED' and corrections_answered < corrections_requested""")
                .params(Timestamp.from(at), applicationId).update() == 1;
    }

    /** Records the request to withdraw; false when the application concluded meanwhile or was withdrawn already. */
    boolean requestWithdrawal(UUID applicationId, Instant at) {
        return jdbc.sql("""
                update application set withdrawal_requested_at = ?, updated_at = ?
                where id = ? and withdrawal_requested_at is null
                  and status in ('SUBMITTED', 'ACCEPTED', 'CORRECTION_REQUESTED', 'UNDER_REVIEW', 'SUSPENDED')""")
                .params(Timestamp.from(at), Timestamp.from(at), applicationId).update() == 1;
    }

    void replaceVerificationCode(UUID applicationId, String codeHash) {
        jdbc.sql("update application set verification_code_hash = ? where id = ?").params(codeHash, applicationId).update();
    }

    Optional<Application> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("select * from application where tracking_number = ?").param(trackingNumber)
                .query(this::map).optional();
    }

    Optional<String> verificationCodeHash(UUID applicationId) {
        return jdbc.sql("select verification_code_hash from application where id = ?").param(applicationId)
                .query(String.class).optional();
    }

    void updateStatus(UUID applicationId, ApplicationStatus status, String caseId, Instant at) {
        jdbc.sql("update application set status = ?, case_id = coalesce(?, case_id), updated_at = ? where id = ?")
                .params(status.name(), caseId, Timestamp.from(at), applicationId)
                .update();
    }

    Optional<Application> findOwn(UUID id, String applicantId) {
        return jdbc.sql("select * from application where id = ? and applicant_id = ?").params(id, applicantId)
                .query(this::map).optional();
    }

    boolean existsOwn(String trackingNumber, String applicantId) {
        return jdbc.sql("select exists (select 1 from application where tracking_number = ? and applicant_id = ?)")
                .params(trackingNumber, applicantId).query(Boolean.class).single();
    }

    /** The applicant's application, locked until the transaction ends. */
    Optional<Application> lockOwn(UUID id, String applicantId) {
        return jdbc.sql("select * from application where id = ? and applicant_id = ? for update").params(id, applicantId)
                .query(this::map).optional();
    }

    Optional<Application> find(UUID id) {
        return jdbc.sql("select * from application where id = ?").param(id).query(this::map).optional();
    }

    Optional<Application> findByIdempotencyKey(String applicantId, String key) {
        return jdbc.sql("select * from application where applicant_id = ? and idempotency_key = ?")
                .params(applicantId, key).query(this::map).optional();
    }

    /** The applicant's applications, newest first, of one status or (status null) all. */
    List<Application> pageOf(String applicantId, ApplicationStatus status, PageRequest page) {
        return jdbc.sql("select * from application where " + OWN_OF_STATUS
                        + " order by submitted_at desc, id limit :limit offset :offset")
                .param("applicant", applicantId)
                .param("status", status == null ? null : status.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map).list();
    }

    long countOf(String applicantId, ApplicationStatus status) {
        return jdbc.sql("select count(*) from application where " + OWN_OF_STATUS)
                .param("applicant", applicantId)
                .param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    List<ProgressStep> progressOf(UUID applicationId) {
        return jdbc.sql("""
                select status, note, missing_items, occurred_at from application_progress
                where application_id = ? order by id""")
                .param(applicationId)
                .query((rs, n) -> new ProgressStep(rs.getString("status"), rs.getString("note"),
                        rs.getString("missing_items") == null ? List.of()
                                : json.readValue(rs.getString("missing_items"), MISSING_ITEMS),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                rs.getString("applicant_id"), rs.getString("applicant_name"), rs.getString("applicant_type"),
                rs.getString("item_code"), rs.getInt("item_version"), rs.getString("item_name"),
                rs.getString("department_code"), rs.getString("region_code"),
                json.readValue(rs.getString("form_data"), FORM_DATA), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("case_id"), rs.getString("channel"), rs.getString("idempotency_key"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getInt("corrections_requested"),
                rs.getInt("corrections_answered"), instantOrNull(rs.getTimestamp("withdrawal_requested_at")));
    }

    private static Instant instantOrNull(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** One step of an application's progress timeline; a correction request names what is missing. */
    record ProgressStep(String status, String note, List<String> missingItems, Instant at) {
    }
}
