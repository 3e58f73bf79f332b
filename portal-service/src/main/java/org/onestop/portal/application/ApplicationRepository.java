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

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long nextTrackingSequence() {
        return jdbc.sql("select nextval('tracking_number_seq')").query(Long.class).single();
    }

    void insert(Application application) {
        jdbc.sql("""
                insert into application (id, tracking_number, applicant_id, applicant_name, applicant_type, item_code,
                    item_version, item_name, department_code, region_code, form_data, status, channel, idempotency_key,
                    submitted_at, updated_at)
                values (:id, :tracking, :applicant, :applicantName, :applicantType, :item, :version, :itemName, :dept,
                    :region, cast(:form as jsonb), :status, :channel, :key, :at, :at)""")
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
                .update();
        addProgress(application.id(), application.status(), "申请已提交 submitted", application.submittedAt());
    }

    void addProgress(UUID applicationId, ApplicationStatus status, String note, Instant at) {
        jdbc.sql("insert into application_progress (application_id, status, note, occurred_at) values (?, ?, ?, ?)")
                .params(applicationId, status.name(), note, Timestamp.from(at))
                .update();
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

    Optional<Application> find(UUID id) {
        return jdbc.sql("select * from application where id = ?").param(id).query(this::map).optional();
    }

    Optional<Application> findByIdempotencyKey(String applicantId, String key) {
        return jdbc.sql("select * from application where applicant_id = ? and idempotency_key = ?")
                .params(applicantId, key).query(this::map).optional();
    }

    List<Application> pageOf(String applicantId, PageRequest page) {
        return jdbc.sql("select * from application where applicant_id = ? order by submitted_at desc limit ? offset ?")
                .params(applicantId, page.size(), page.offset())
                .query(this::map).list();
    }

    long countOf(String applicantId) {
        return jdbc.sql("select count(*) from application where applicant_id = ?").param(applicantId)
                .query(Long.class).single();
    }

    List<ProgressStep> progressOf(UUID applicationId) {
        return jdbc.sql("select status, note, occurred_at from application_progress where application_id = ? order by id")
                .param(applicationId)
                .query((rs, n) -> new ProgressStep(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                rs.getString("applicant_id"), rs.getString("applicant_name"), rs.getString("applicant_type"),
                rs.getString("item_code"), rs.getInt("item_version"), rs.getString("item_name"),
                rs.getString("department_code"), rs.getString("region_code"),
                json.readValue(rs.getString("form_data"), FORM_DATA), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("case_id"), rs.getString("channel"), rs.getString("idempotency_key"),
                rs.getTimestamp("submitted_at").toInstant());
    }

    /** One step of an application's progress timeline. */
    record ProgressStep(String status, String note, Instant at) {
    }
}
